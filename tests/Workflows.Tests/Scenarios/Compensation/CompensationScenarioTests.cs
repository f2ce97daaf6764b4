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
}
