using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Testing;

namespace SocialInsurance.Workflows.Tests.Scenarios.Boundary;

public sealed class BoundaryEventScenarioTests
{
    private const string Fixture = "Scenarios/Boundary/review-escalation.bpmn";

    [Fact]
    public async Task NonInterruptingTimerCycle_SpawnsATokenEachTime_AndLeavesTheTaskOpen()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("reviewEscalation");
        var taskId = await engine.OpenTaskAsync(id, "review");

        // When
        await engine.AdvanceAsync(TimeSpan.FromDays(3));
        await engine.AdvanceAsync(TimeSpan.FromDays(3));
        await engine.AdvanceAsync(TimeSpan.FromDays(3));

        // Then: R2 fires twice, the task stays open
        Assert.Equal(
            ["remind:Activated", "remind:Completed", "toReminded:SequenceFlowTaken", "reminded:Activated", "reminded:Completed",
             "remind:Activated", "remind:Completed", "toReminded:SequenceFlowTaken", "reminded:Activated", "reminded:Completed"],
            (await engine.JournalAsync(id)).Skip(5));
        Assert.Equal(UserTaskStatus.Created, (await engine.Queries.TaskAsync(taskId))!.Status);
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task InterruptingTimer_CancelsTheTaskAndItsOtherTimers_AndTakesTheEscalationPath()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("reviewEscalation");
        var taskId = await engine.OpenTaskAsync(id, "review");

        // When
        await engine.AdvanceAsync(TimeSpan.FromDays(10));

        // Then
        Assert.Equal(UserTaskStatus.Cancelled, (await engine.Queries.TaskAsync(taskId))!.Status);
        Assert.Equal(
            ["review:Terminated", "reviewOverdue:Activated", "reviewOverdue:Completed", "toEscalated:SequenceFlowTaken",
             "escalated:Activated", "escalated:Completed", "reviewEscalation:Completed"],
            (await engine.JournalAsync(id)).TakeLast(7));
        Assert.Empty(await engine.BookmarksAsync(id));
    }

    [Fact]
    public async Task CompletingTheTask_RemovesItsBoundaryTimers_SoALateTimerJobDoesNothing()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("reviewEscalation");
        var timerIds = (await engine.BookmarksAsync(id)).Where(b => b.DueAt is not null).Select(b => b.Id).ToArray();

        // When
        await engine.CompleteAsync(id, "review");
        engine.Time.Advance(TimeSpan.FromDays(30));
        var fired = new List<bool>();
        foreach (var timerId in timerIds)
        {
            fired.Add((await engine.Runtime.RunBookmarkAsync(timerId)).Value);
        }

        // Then
        Assert.All(fired, Assert.False);
        Assert.Equal("reviewEscalation:Completed", (await engine.JournalAsync(id))[^1]);
    }

    [Fact]
    public async Task TimerJob_DeliveredBeforeItIsDue_DoesNothing()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("reviewEscalation");
        var overdueTimer = (await engine.BookmarksAsync(id)).Single(b => b.ElementId == "reviewOverdue");

        // When
        var result = await engine.Runtime.RunBookmarkAsync(overdueTimer.Id);

        // Then
        Assert.False(result.Value);
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task InterruptingTimerOnSubProcess_TerminatesItsChildren_AndTerminateEndEndsTheInstance()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Scopes/subprocess-terminate.bpmn");
        var id = await engine.StartAsync("subprocessTerminate");
        var uploadTask = await engine.OpenTaskAsync(id, "upload");

        // When
        await engine.AdvanceAsync(TimeSpan.FromDays(30));

        // Then
        Assert.Equal(UserTaskStatus.Cancelled, (await engine.Queries.TaskAsync(uploadTask))!.Status);
        Assert.Equal(
            ["upload:Terminated", "supplement:Terminated", "supplementExpired:Activated", "supplementExpired:Completed",
             "toExpired:SequenceFlowTaken", "expired:Activated", "expired:Completed", "subprocessTerminate:Completed"],
            (await engine.JournalAsync(id)).TakeLast(8));
    }

    [Fact]
    public async Task SubProcess_CompletesWhenItsLastTokenEnds()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Scopes/subprocess-terminate.bpmn");
        var id = await engine.StartAsync("subprocessTerminate");

        // When
        var result = await engine.Runtime.CompleteTaskAsync(await engine.OpenTaskAsync(id, "upload"), Execution.Actor.User("applicant1"), null);

        // Then
        Assert.True(result.IsOk, result.Error);
        Assert.Equal(
            ["upload:Completed", "toSupplementEnd:SequenceFlowTaken", "supplementEnd:Activated", "supplementEnd:Completed",
             "supplement:Completed", "toDone:SequenceFlowTaken", "done:Activated", "done:Completed", "subprocessTerminate:Completed"],
            (await engine.JournalAsync(id)).TakeLast(9));
        Assert.Empty(await engine.BookmarksAsync(id));
    }
}
