using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Workflows.Tests.Scenarios.Incidents;

namespace SocialInsurance.Workflows.Tests.Scenarios.Gateways;

public sealed class GatewayScenarioTests
{
    [Theory]
    [InlineData(5000, "high", "highEnd")]
    [InlineData(100, "low", "lowEnd")]
    public async Task ExclusiveGateway_TakesTheFlowWhoseConditionHolds(int amount, string flow, string end)
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Gateways/exclusive.bpmn");

        // When
        var id = await engine.StartAsync("exclusive", variables: new JsonObject { ["amount"] = amount });

        // Then
        Assert.Equal(
            ["exclusive:Activated", "start:Activated", "start:Completed", "toDecide:SequenceFlowTaken", "decide:Activated",
             "decide:Completed", $"{flow}:SequenceFlowTaken", $"{end}:Activated", $"{end}:Completed", "exclusive:Completed"],
            await engine.JournalAsync(id));
    }

    [Fact]
    public async Task ExclusiveGateway_TakesDefaultFlow_WhenNoConditionHolds()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Gateways/exclusive-default.bpmn");

        // When
        var id = await engine.StartAsync("exclusiveDefault", variables: new JsonObject { ["decision"] = "reject" });

        // Then
        Assert.Contains("otherwise:SequenceFlowTaken", await engine.JournalAsync(id));
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task ExclusiveGateway_RaisesAnIncident_WhenNoConditionHoldsAndThereIsNoDefault_AndRetryGoesOn()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Gateways/exclusive.bpmn");

        // When
        var id = await engine.StartAsync("exclusive", variables: new JsonObject { ["amount"] = "not a number" });

        // Then
        Assert.Equal(
            ["exclusive:Activated", "start:Activated", "start:Completed", "toDecide:SequenceFlowTaken", "decide:Activated", "decide:IncidentCreated"],
            await engine.JournalAsync(id));
        var incident = (await engine.Queries.IncidentsAsync(openOnly: true, id)).Single();
        Assert.Equal("decide", incident.ElementId);
        Assert.StartsWith("Expected at least one condition of exclusive gateway 'decide' to hold or a default flow", incident.Message);
        IncidentAssert.HasCause(incident, IncidentCodes.NoOutgoingFlow);
        var instance = await engine.Queries.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Active, instance!.Status);
        Assert.Equal(TokenStatus.Failed, instance.Tokens.Single().Status);

        // When the administrator fixes the data and retries
        await engine.Runtime.SetVariablesAsync(id, new JsonObject { ["amount"] = 10 }, Execution.Actor.System);
        var retried = await engine.Runtime.RetryIncidentAsync(incident.Id, Execution.Actor.System);

        // Then
        Assert.True(retried.IsOk, retried.Error);
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
        Assert.Empty(await engine.Queries.IncidentsAsync(openOnly: true, id));
        Assert.Equal(["decide:IncidentResolved", "decide:Activated", "decide:Completed", "low:SequenceFlowTaken"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "decide:IncidentResolved").Take(4));
    }

    [Fact]
    public async Task ParallelJoin_WaitsForATokenOnEveryIncomingFlow()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Gateways/parallel.bpmn");
        var id = await engine.StartAsync("parallel");

        // When
        await engine.CompleteAsync(id, "checkId");

        // Then
        var waiting = await engine.Queries.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Active, waiting!.Status);
        Assert.Contains(waiting.Tokens, t => t.ElementId == "join" && t.Status == TokenStatus.Joined);
        Assert.DoesNotContain("join:Activated", await engine.JournalAsync(id));

        // When
        await engine.CompleteAsync(id, "checkBank");

        // Then
        Assert.Equal(
            ["parallel:Activated", "start:Activated", "start:Completed", "toFork:SequenceFlowTaken",
             "fork:Activated", "fork:Completed", "toCheckId:SequenceFlowTaken", "toCheckBank:SequenceFlowTaken",
             "checkId:Activated", "checkBank:Activated",
             "checkId:Completed", "idDone:SequenceFlowTaken",
             "checkBank:Completed", "bankDone:SequenceFlowTaken", "join:Activated", "join:Completed", "toEnd:SequenceFlowTaken",
             "end:Activated", "end:Completed", "parallel:Completed"],
            await engine.JournalAsync(id));
        Assert.Empty((await engine.Queries.InstanceAsync(id))!.Tokens);
    }
}
