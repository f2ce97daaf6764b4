using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Workflows.Tests.Scenarios.Incidents;

namespace SocialInsurance.Workflows.Tests.Scenarios.CallActivities;

/// <summary>A BPMN error or an incident in a called instance, caught by a boundary above it or left to the administrator.</summary>
public sealed partial class CallActivityScenarioTests
{
    [Fact]
    public async Task ChildError_IsCaughtByTheCallActivitysBoundary_AndEndsTheChild()
    {
        // Given
        await using var engine = await EnrollmentEngineAsync();
        var id = await engine.StartAsync("enrollment", variables: Applicant());
        var childId = await ChildOfAsync(engine, id, "correct");

        // When
        var task = (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = childId })).Items.Single();
        await engine.Runtime.CompleteTaskAsync(task.Id, Actor.User("zhang"), new JsonObject { ["givenUp"] = true });

        // Then
        Assert.Equal(["toGaveUp:SequenceFlowTaken", "gaveUp:Activated", "gaveUp:ErrorThrown", "gaveUp:Terminated", "correction:Terminated"],
            (await engine.JournalAsync(childId)).SkipWhile(e => e != "toGaveUp:SequenceFlowTaken"));
        Assert.Equal(["correct:CalledInstanceStarted", "correct:ErrorThrown", "correct:Terminated", "onRejected:Activated", "onRejected:Completed",
                      "toRejected:SequenceFlowTaken", "rejected:Activated", "rejected:Completed", "enrollment:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "correct:CalledInstanceStarted"));
        Assert.Equal(InstanceStatus.Terminated, (await engine.Queries.InstanceAsync(childId))!.Status);
        Assert.Equal("REJECTED", (string?)(await engine.Queries.InstanceAsync(id))!.Variables["rejection"]);
        Assert.Empty(await engine.Queries.IncidentsAsync(openOnly: true, childId));
    }

    [Fact]
    public async Task ErrorThrownTwoLevelsDown_IsCaughtByTheTopBoundary_AndEndsEveryInstanceBelow()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        var deployed = await engine.Deployments.DeployAsync(await File.ReadAllTextAsync(TestEngine.Fixture("Scenarios/CallActivities/three-levels.bpmn")),
            "three-levels.bpmn", "test", publish: true, CancellationToken.None);
        Assert.Empty(deployed.Issues);

        // When
        var id = await engine.StartAsync("parent", variables: new JsonObject { ["otherRegion"] = "喀什" });

        // Then
        Assert.Equal(
            ["parent:Activated", "parentStart:Activated", "parentStart:Completed", "toCallMiddle:SequenceFlowTaken",
             "callMiddle:Activated", "callMiddle:CalledInstanceStarted", "callMiddle:ErrorThrown", "callMiddle:Terminated",
             "onInsured:Activated", "onInsured:Completed", "toRefused:SequenceFlowTaken", "refused:Activated", "refused:Completed",
             "parent:Completed"],
            await engine.JournalAsync(id));
        var middleId = await ChildOfAsync(engine, id, "callMiddle");
        var checkId = await ChildOfAsync(engine, middleId, "callCheck");
        Assert.Equal(
            ["callCheck:CalledInstanceStarted", "callCheck:ErrorThrown", "callCheck:Terminated", "review:Terminated", "middle:Terminated"],
            (await engine.JournalAsync(middleId)).SkipWhile(e => e != "callCheck:CalledInstanceStarted"));
        Assert.Equal(["lookup:Activated", "lookup:ErrorThrown", "lookup:Terminated", "check:Terminated"],
            (await engine.JournalAsync(checkId)).SkipWhile(e => e != "lookup:Activated"));
        Assert.Equal(InstanceStatus.Terminated, (await engine.Queries.InstanceAsync(middleId))!.Status);
        Assert.Equal(InstanceStatus.Terminated, (await engine.Queries.InstanceAsync(checkId))!.Status);
        Assert.Empty((await engine.Queries.TasksAsync(new TaskQuery { InstanceId = middleId })).Items);
        Assert.Equal("已在喀什参保", (string?)(await engine.Queries.InstanceAsync(id))!.Variables["why"]);
    }

    [Fact]
    public async Task ChildError_NobodyCatches_IsAnIncidentOnTheThrower_AndTheParentWaits()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/CallActivities/correction.bpmn");
        await engine.DeployAsync(Bpmn.Around("correct",
            """<bpmn:callActivity id="correct" calledElement="correction"><bpmn:extensionElements><camunda:in variables="all" /></bpmn:extensionElements></bpmn:callActivity>"""));
        var id = await engine.StartAsync("proc", variables: Applicant());
        var childId = await ChildOfAsync(engine, id, "correct");

        // When
        var task = (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = childId })).Items.Single();
        await engine.Runtime.CompleteTaskAsync(task.Id, Actor.System, new JsonObject { ["givenUp"] = true });

        // Then
        var incident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, childId));
        Assert.Equal("gaveUp", incident.ElementId);
        Assert.Equal(["correct:CalledInstanceStarted", "correct:ErrorThrown", "correct:IncidentCreated"], (await engine.JournalAsync(id)).TakeLast(3));
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task ChildIncident_ShowsOnTheCallActivity_AndIsResolvedWithTheChilds()
    {
        // Given a child whose script fails for want of a variable
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Bpmn.Definitions("""
            <bpmn:process id="calc" isExecutable="true">
              <bpmn:startEvent id="start" /><bpmn:sequenceFlow id="toAmount" sourceRef="start" targetRef="amount" />
              <bpmn:scriptTask id="amount" scriptFormat="javascript" camunda:resultVariable="monthly"><bpmn:script>base * 0.2</bpmn:script></bpmn:scriptTask>
              <bpmn:sequenceFlow id="toEnd" sourceRef="amount" targetRef="end" /><bpmn:endEvent id="end" />
            </bpmn:process>
            """));
        await engine.DeployAsync(Bpmn.Around("correct",
            """<bpmn:callActivity id="correct" calledElement="calc"><bpmn:extensionElements><camunda:out source="monthly" target="monthly" /></bpmn:extensionElements></bpmn:callActivity>"""));
        var id = await engine.StartAsync("proc");
        var childId = await ChildOfAsync(engine, id, "correct");
        var parentIncident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, id));
        var childIncident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, childId));

        // When the administrator fixes the child's data and retries the child's incident
        await engine.Runtime.SetVariablesAsync(childId, new JsonObject { ["base"] = 5000 }, Actor.System);
        var retried = await engine.Runtime.RetryIncidentAsync(childIncident.Id, Actor.System);

        // Then
        Assert.True(retried.IsOk, retried.Error);
        Assert.Equal("correct", parentIncident.ElementId);
        Assert.StartsWith($"Called instance {childId} (calc) has an incident at 'amount': ", parentIncident.Message);
        IncidentAssert.HasCause(parentIncident, IncidentCodes.CalledInstanceFailed, ("instanceId", childId.ToString()), ("process", "calc"), ("element", "amount"));
        IncidentAssert.HasCause(childIncident, IncidentCodes.ScriptFailed, ("detail", "base is not defined"));
        Assert.Empty(await engine.Queries.IncidentsAsync(openOnly: true, id));
        var parent = (await engine.Queries.InstanceAsync(id))!;
        Assert.Equal((InstanceStatus.Completed, 0, 1000.0), (parent.Status, parent.OpenIncidents, (double)parent.Variables["monthly"]!));
        Assert.Equal(["correct:CalledInstanceStarted", "correct:IncidentCreated", "correct:Completed", "fromMiddle:SequenceFlowTaken", "end:Activated", "end:Completed", "proc:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "correct:CalledInstanceStarted"));
    }
}
