using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Scenarios.Compensation;

public sealed class CompensationScenarioTests
{
    [Fact]
    public async Task CompensationThrow_RunsTheHandlersOfCompletedActivitiesNewestFirst_AndWaitsForAUserTaskHandler()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Compensation/booking.bpmn");
        var id = await engine.StartAsync("booking");

        // When
        await engine.CompleteAsync(id, "review", new JsonObject { ["cancel"] = true });

        // Then: charge completed last, so its refund starts first; the throw waits for the refund task
        Assert.Equal(
            ["review:Completed", "toDecide:SequenceFlowTaken", "decide:Activated", "decide:Completed",
             "toUndoAll:SequenceFlowTaken", "undoAll:Activated", "undoAll:CompensationThrown",
             "refund:Activated", "releaseSlot:Activated", "releaseSlot:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "review:Completed"));
        Assert.Equal("slot A-12;", (string?)(await engine.Queries.InstanceAsync(id))!.Variables["undone"]);

        // When the refund is done
        await engine.CompleteAsync(id, "refund");

        // Then
        Assert.Equal(
            ["refund:Completed", "undoAll:Completed", "toCancelled:SequenceFlowTaken", "cancelled:Activated",
             "cancelled:Completed", "booking:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "refund:Completed"));
    }

    [Fact]
    public async Task CompensationHandlers_DoNotRun_WhenNoCompensationIsThrown()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Compensation/booking.bpmn");
        var id = await engine.StartAsync("booking");

        // When
        await engine.CompleteAsync(id, "review", new JsonObject { ["cancel"] = false });

        // Then
        var journal = await engine.JournalAsync(id);
        Assert.Equal(["toDone:SequenceFlowTaken", "done:Activated", "done:Completed", "booking:Completed"], journal.TakeLast(4));
        Assert.DoesNotContain(journal, e => e.StartsWith("releaseSlot:", StringComparison.Ordinal) || e.StartsWith("refund:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CompensationEndEvent_CompensatesOnlyCompletedActivities_NotOneStillActive()
    {
        // Given: book has completed, approve (also compensable) is still open on the other branch
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Compensation/parallel-cancel.bpmn");
        var id = await engine.StartAsync("parallelCancel");

        // When
        await engine.CompleteAsync(id, "check");

        // Then
        Assert.Equal(
            ["check:Completed", "toCompensate:SequenceFlowTaken", "compensate:Activated", "compensate:CompensationThrown",
             "unbook:Activated", "unbook:Completed", "compensate:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "check:Completed"));
        var instance = (await engine.Queries.InstanceAsync(id))!;
        Assert.Equal(InstanceStatus.Active, instance.Status);
        Assert.False((bool)instance.Variables["booked"]!);

        // When the other branch ends
        await engine.CompleteAsync(id, "approve");

        // Then
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
        Assert.DoesNotContain("unapprove:Activated", await engine.JournalAsync(id));
    }

    [Fact]
    public async Task CompensationThrowInTheParent_CompensatesACompletedSubProcessFromTheInside_WithItsVariables()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Compensation/subprocess.bpmn");

        // When
        var id = await engine.StartAsync("enrolment", variables: new JsonObject { ["undoInside"] = false });

        // Then: the sub-process's local office is gone, but its handlers see it as it was
        Assert.Equal(
            ["apply:Completed", "toUndoOutside:SequenceFlowTaken", "undoOutside:Activated", "undoOutside:CompensationThrown",
             "repay:Activated", "repay:Completed", "deregister:Activated", "deregister:Completed", "undoOutside:Completed",
             "toEnd:SequenceFlowTaken", "end:Activated", "end:Completed", "enrolment:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "apply:Completed"));
        Assert.Equal("pay@乌鲁木齐;register@乌鲁木齐;", (string?)(await engine.Queries.InstanceAsync(id))!.Variables["undone"]);
    }

    [Fact]
    public async Task CompensationThrowInsideASubProcess_CompensatesItsActivitiesOnce_SoTheParentsThrowFindsNothing()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Compensation/subprocess.bpmn");

        // When
        var id = await engine.StartAsync("enrolment", variables: new JsonObject { ["undoInside"] = true });

        // Then
        Assert.Equal(
            ["undoInside:Activated", "undoInside:CompensationThrown", "repay:Activated", "repay:Completed",
             "deregister:Activated", "deregister:Completed", "undoInside:Completed", "fromUndoInside:SequenceFlowTaken",
             "applyEnd:Activated", "applyEnd:Completed", "apply:Completed", "toUndoOutside:SequenceFlowTaken",
             "undoOutside:Activated", "undoOutside:CompensationThrown", "undoOutside:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "undoInside:Activated").Take(15));
        Assert.Equal("pay@乌鲁木齐;register@乌鲁木齐;", (string?)(await engine.Queries.InstanceAsync(id))!.Variables["undone"]);
    }

    [Fact]
    public async Task CompensationOfAMultiInstanceActivity_RunsItsHandlerPerCompletedInstance_NewestFirst_WithThatInstancesVariables()
    {
        // Given: three reviewers countersign, in the order bo, cai, amy
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Compensation/countersign.bpmn");
        var id = await engine.StartAsync("countersign", variables: new JsonObject { ["reviewers"] = new JsonArray("amy", "bo", "cai") });
        var tasks = (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = id })).Items;

        // When
        foreach (var reviewer in new[] { "bo", "cai", "amy" })
        {
            var task = tasks.Single(t => t.Assignee == reviewer);
            Assert.True((await engine.Runtime.CompleteTaskAsync(task.Id, Actor.User(reviewer), null)).IsOk);
        }

        // Then
        Assert.Equal(
            ["withdraw:Activated", "withdraw:CompensationThrown",
             "unsign:Activated", "unsign:Completed", "unsign:Activated", "unsign:Completed", "unsign:Activated",
             "unsign:Completed", "withdraw:Completed", "toEnd:SequenceFlowTaken", "end:Activated", "end:Completed",
             "countersign:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "withdraw:Activated"));
        Assert.Equal("amy#0;cai#2;bo#1;", (string?)(await engine.Queries.InstanceAsync(id))!.Variables["withdrawn"]);
    }

    [Fact]
    public async Task CompensationOfASubProcessWithItsOwnHandler_RunsThatHandler_NotTheHandlersInside()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Bpmn.Process("""
            <bpmn:startEvent id="start" />
            <bpmn:subProcess id="sub">
              <bpmn:startEvent id="subStart" />
              <bpmn:scriptTask id="inner" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
              <bpmn:endEvent id="subEnd" />
              <bpmn:sequenceFlow id="s1" sourceRef="subStart" targetRef="inner" />
              <bpmn:sequenceFlow id="s2" sourceRef="inner" targetRef="subEnd" />
              <bpmn:boundaryEvent id="onInner" attachedToRef="inner"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent>
              <bpmn:scriptTask id="undoInner" isForCompensation="true" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
              <bpmn:association id="a1" sourceRef="onInner" targetRef="undoInner" />
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="onSub" attachedToRef="sub"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent>
            <bpmn:scriptTask id="undoSub" isForCompensation="true" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
            <bpmn:association id="a2" sourceRef="onSub" targetRef="undoSub" />
            <bpmn:intermediateThrowEvent id="undo"><bpmn:compensateEventDefinition /></bpmn:intermediateThrowEvent>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="sub" />
            <bpmn:sequenceFlow id="f2" sourceRef="sub" targetRef="undo" />
            <bpmn:sequenceFlow id="f3" sourceRef="undo" targetRef="end" />
            """));

        // When
        var id = await engine.StartAsync("proc");

        // Then
        Assert.Equal(
            ["undo:Activated", "undo:CompensationThrown", "undoSub:Activated", "undoSub:Completed", "undo:Completed",
             "f3:SequenceFlowTaken", "end:Activated", "end:Completed", "proc:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "undo:Activated"));
    }

    [Fact]
    public async Task CompensationThrow_WithNothingCompleted_GoesOnAtOnce()
    {
        // Given: the throw comes before the compensable task
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Bpmn.Process("""
            <bpmn:startEvent id="start" />
            <bpmn:intermediateThrowEvent id="undo"><bpmn:compensateEventDefinition /></bpmn:intermediateThrowEvent>
            <bpmn:scriptTask id="work" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
            <bpmn:endEvent id="end" />
            <bpmn:boundaryEvent id="onWork" attachedToRef="work"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent>
            <bpmn:scriptTask id="undoWork" isForCompensation="true" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
            <bpmn:association id="a1" sourceRef="onWork" targetRef="undoWork" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="undo" />
            <bpmn:sequenceFlow id="f2" sourceRef="undo" targetRef="work" />
            <bpmn:sequenceFlow id="f3" sourceRef="work" targetRef="end" />
            """));

        // When
        var id = await engine.StartAsync("proc");

        // Then
        Assert.Equal(
            ["undo:Activated", "undo:CompensationThrown", "undo:Completed", "f2:SequenceFlowTaken", "work:Activated",
             "work:Completed", "f3:SequenceFlowTaken", "end:Activated", "end:Completed", "proc:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "undo:Activated"));
    }
}
