using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Decisions.Deployment;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Tests.Decisions;
using SocialInsurance.Workflows.Tests.Scenarios.Incidents;

namespace SocialInsurance.Workflows.Tests.Scenarios.BusinessRules;

public sealed class BusinessRuleTaskScenarioTests
{
    [Theory]
    [InlineData("Resumption", "6501", "urgent", "fastReview", "reviewers-6501-fast")]
    [InlineData("NewEnrollment", "6501", "normal", "review", "reviewers-6501")]
    [InlineData("NewEnrollment", "6540", "normal", "review", "reviewers-65")]
    public async Task BusinessRuleTask_StoresTheDecisionsSingleResult_ForTheElementsAfterIt(string type, string region, string flow, string task, string group)
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await DeployDecisionsAsync(engine, File.ReadAllText(TestEngine.Fixture("Scenarios/BusinessRules/routing.dmn")));
        await engine.DeployFixtureAsync("Scenarios/BusinessRules/route-review.bpmn");

        // When
        var id = await engine.StartAsync("routeReview", variables: new JsonObject { ["applicationType"] = type, ["regionCode"] = region });

        // Then
        Assert.Equal(
            ["routeReview:Activated", "start:Activated", "start:Completed", "toRoute:SequenceFlowTaken", "route:Activated",
             "route:Completed", "toUrgent:SequenceFlowTaken", "isUrgent:Activated", "isUrgent:Completed", $"{flow}:SequenceFlowTaken",
             $"{task}:Activated"],
            await engine.JournalAsync(id));
        var routing = (await engine.Queries.InstanceAsync(id))!.Variables["routing"]!;
        Assert.Equal($"{{\"reviewGroup\":\"{group}\",\"urgent\":{(flow == "urgent" ? "true" : "false")}}}", routing.ToJsonString());
        var open = await engine.Queries.TasksAsync(new Runtime.TaskQuery { InstanceId = id, PageSize = 10 });
        Assert.Equal([group], Assert.Single(open.Items).CandidateGroups);
    }

    [Fact]
    public async Task BusinessRuleTask_RaisesAnIncident_WhenTheTableBreaksItsHitPolicy_AndRetryUsesTheFixedTable()
    {
        // Given: two rules match region 6501 in a UNIQUE table
        await using var engine = await TestEngine.StartAsync();
        var broken = Dmn.Table("UNIQUE", ["regionCode:string"], ["reviewGroup:string", "urgent:boolean"],
            [["\"6501\"", "\"reviewers-6501\"", "false"], ["-", "\"reviewers-65\"", "false"]], decisionId: "routing");
        await DeployDecisionsAsync(engine, broken);
        await engine.DeployFixtureAsync("Scenarios/BusinessRules/route-review.bpmn");

        // When
        var id = await engine.StartAsync("routeReview", variables: new JsonObject { ["regionCode"] = "6501" });

        // Then
        Assert.Equal(
            ["routeReview:Activated", "start:Activated", "start:Completed", "toRoute:SequenceFlowTaken", "route:Activated", "route:IncidentCreated"],
            await engine.JournalAsync(id));
        var incident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, id));
        Assert.Equal(
            "Decision 'routing:1' of business rule task 'route' failed: Expected at most one matching rule, but 2 rules match (routingRule1, routingRule2) for hit policy UNIQUE of decision 'routing'",
            incident.Message);
        IncidentAssert.HasCause(incident, IncidentCodes.DecisionFailed, ("decision", "routing"),
            ("detail", "Expected at most one matching rule, but 2 rules match (routingRule1, routingRule2) for hit policy UNIQUE of decision 'routing'"));

        // When the administrator publishes a FIRST table and retries
        await DeployDecisionsAsync(engine, broken.Replace("hitPolicy=\"UNIQUE\"", "hitPolicy=\"FIRST\""));
        var retried = await engine.Runtime.RetryIncidentAsync(incident.Id, Execution.Actor.System);

        // Then
        Assert.True(retried.IsOk, retried.Error);
        Assert.Equal(["route:IncidentResolved", "route:Activated", "route:Completed", "toUrgent:SequenceFlowTaken"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "route:IncidentResolved").Take(4));
        Assert.Equal("reviewers-6501", (await engine.Queries.InstanceAsync(id))!.Variables["routing"]!["reviewGroup"]!.GetValue<string>());
    }

    [Fact]
    public async Task BusinessRuleTask_RaisesAnIncident_WhenNoVersionOfTheDecisionIsPublished()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/BusinessRules/route-review.bpmn");

        // When
        var id = await engine.StartAsync("routeReview", variables: new JsonObject());

        // Then
        Assert.Equal("route:IncidentCreated", (await engine.JournalAsync(id))[^1]);
        var incident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, id));
        Assert.Equal("Expected a published version of decision 'routing' for business rule task 'route', but there is none", incident.Message);
        IncidentAssert.HasCause(incident, IncidentCodes.DecisionMissing, ("decision", "routing"));
    }

    [Fact]
    public async Task BusinessRuleTask_EvaluatesThePinnedVersion_WithBindingVersion()
    {
        // Given: version 1 says "old", version 2 (published) says "new"
        await using var engine = await TestEngine.StartAsync();
        await DeployDecisionsAsync(engine, Dmn.Table("FIRST", ["x"], ["level"], [["-", "\"old\""]], decisionId: "level"));
        await DeployDecisionsAsync(engine, Dmn.Table("RULE ORDER", ["x"], ["level"], [["-", "\"new\""], ["-", "\"newer\""]], decisionId: "level"));
        await engine.DeployFixtureAsync("Scenarios/BusinessRules/pinned-version.bpmn");

        // When
        var id = await engine.StartAsync("pinnedVersion", variables: new JsonObject());

        // Then: the latest binding's singleEntry meets two hits: an incident, after the pinned task stored "old"
        var instance = (await engine.Queries.InstanceAsync(id))!;
        Assert.Equal("old", instance.Variables["pinnedLevel"]!.GetValue<string>());
        Assert.Equal(["pinned:Completed", "toLatest:SequenceFlowTaken", "latest:Activated", "latest:IncidentCreated"], (await engine.JournalAsync(id)).TakeLast(4));
        Assert.Contains("Expected at most one hit for mapDecisionResult singleEntry of decision 'level'", Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, id)).Message);

        // When version 1 is published again and the incident retried
        await engine.Services.GetRequiredService<IDecisionRepository>().PublishAsync("level", 1, engine.Time.GetUtcNow(), CancellationToken.None);
        await engine.Runtime.RetryIncidentAsync((await engine.Queries.IncidentsAsync(openOnly: true, id)).Single().Id, Execution.Actor.System);

        // Then
        instance = (await engine.Queries.InstanceAsync(id))!;
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Equal("[\"old\"]", instance.Variables["levels"]!.ToJsonString());
    }

    [Fact]
    public async Task BusinessRuleTask_WithBindingDeployment_KeepsTheDecisionDeployedBeforeTheProcess()
    {
        // Given: "old" is deployed, then the process, then (an hour later) "new" is published
        await using var engine = await TestEngine.StartAsync();
        await DeployDecisionsAsync(engine, Dmn.Table("FIRST", ["x"], ["level"], [["-", "\"old\""]], decisionId: "level"));
        engine.Time.Advance(TimeSpan.FromMinutes(1));
        await engine.DeployFixtureAsync("Scenarios/BusinessRules/deployment-binding.bpmn");
        engine.Time.Advance(TimeSpan.FromHours(1));
        await DeployDecisionsAsync(engine, Dmn.Table("FIRST", ["x"], ["level"], [["-", "\"new\""]], decisionId: "level"));

        // When
        var id = await engine.StartAsync("deploymentBinding", variables: new JsonObject());

        // Then
        Assert.Equal(
            ["deploymentBinding:Activated", "start:Activated", "start:Completed", "toClassify:SequenceFlowTaken", "classify:Activated",
             "classify:Completed", "toEnd:SequenceFlowTaken", "end:Activated", "end:Completed", "deploymentBinding:Completed"],
            await engine.JournalAsync(id));
        Assert.Equal("old", (await engine.Queries.InstanceAsync(id))!.Variables["level"]!.GetValue<string>());
    }

    private static async Task DeployDecisionsAsync(TestEngine engine, string xml)
    {
        var result = await engine.Services.GetRequiredService<DecisionDeploymentService>()
            .DeployAsync(xml, "test.dmn", "test", publish: true, CancellationToken.None);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Issues));
    }
}
