using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Scenarios.EventSubProcesses;

public sealed class EventSubProcessScenarioTests
{
    private static async Task<TestEngine> StartWithFixtureAsync(string fixture)
    {
        var engine = await TestEngine.StartAsync();
        var xml = await File.ReadAllTextAsync(TestEngine.Fixture($"Scenarios/EventSubProcesses/{fixture}.bpmn"));
        var deployed = await engine.Deployments.DeployAsync(xml, $"{fixture}.bpmn", "test", publish: true, CancellationToken.None);
        Assert.True(deployed.IsValid, string.Join(Environment.NewLine, deployed.Issues));
        return engine;
    }

    private static async Task<IReadOnlyList<Guid>> OpenTasksAsync(TestEngine engine, Guid id, string elementId) =>
        (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = id, PageSize = 100 })).Items
            .Where(t => t.ElementId == elementId && t.Status == UserTaskStatus.Created).Select(t => t.Id).ToArray();

    [Fact]
    public async Task NonInterruptingEventSubProcess_FiresTwice_AndTheProcessEndsOnlyWhenBothInstancesHaveEnded()
    {
        // Given
        await using var engine = await StartWithFixtureAsync("reminders");
        var id = await engine.StartAsync("reminders");

        // When: two reminders, then the review is done while both calls are still open
        Assert.True((await engine.Runtime.CorrelateMessageAsync("reminderRequested", "case-1", null, Actor.System)).IsOk);
        Assert.True((await engine.Runtime.CorrelateMessageAsync("reminderRequested", "case-1", null, Actor.System)).IsOk);
        await engine.CompleteAsync(id, "review");

        // Then
        var calls = await OpenTasksAsync(engine, id, "callApplicant");
        Assert.Equal(2, calls.Count);
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(id))!.Status);

        // When
        foreach (var call in calls)
        {
            Assert.True((await engine.Runtime.CompleteTaskAsync(call, TestEngine.Reviewer, null)).IsOk);
        }

        // Then
        Assert.Equal(
            ["reminders:Activated", "start:Activated", "start:Completed", "toReview:SequenceFlowTaken", "review:Activated",
             "reminderAsked:MessageCorrelated", "remindApplicant:Activated", "reminderAsked:Activated", "reminderAsked:Completed",
             "toCall:SequenceFlowTaken", "callApplicant:Activated",
             "reminderAsked:MessageCorrelated", "remindApplicant:Activated", "reminderAsked:Activated", "reminderAsked:Completed",
             "toCall:SequenceFlowTaken", "callApplicant:Activated",
             "review:Completed", "toEnd:SequenceFlowTaken", "end:Activated", "end:Completed",
             "callApplicant:Completed", "toCalled:SequenceFlowTaken", "called:Activated", "called:Completed", "remindApplicant:Completed",
             "callApplicant:Completed", "toCalled:SequenceFlowTaken", "called:Activated", "called:Completed", "remindApplicant:Completed",
             "reminders:Completed"],
            await engine.JournalAsync(id));
        Assert.Empty(await engine.BookmarksAsync(id));
    }

    [Fact]
    public async Task InterruptingTimerEventSubProcess_EndsTheReview_AndTakesOver()
    {
        // Given
        await using var engine = await StartWithFixtureAsync("deadline");
        var id = await engine.StartAsync("deadline");

        // When
        await engine.AdvanceAsync(TimeSpan.FromHours(1));

        // Then
        Assert.Equal(
            ["deadline:Activated", "start:Activated", "start:Completed", "toReview:SequenceFlowTaken", "review:Activated",
             "review:Terminated", "overdue:Activated", "reviewOverdue:Activated", "reviewOverdue:Completed",
             "toEscalate:SequenceFlowTaken", "escalate:Activated"],
            await engine.JournalAsync(id));
        Assert.Empty(await OpenTasksAsync(engine, id, "review"));
        await engine.CompleteAsync(id, "escalate");
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task TimerEventSubProcess_IsRemoved_WhenTheProcessEndsFirst()
    {
        // Given
        await using var engine = await StartWithFixtureAsync("deadline");
        var id = await engine.StartAsync("deadline");

        // When
        await engine.CompleteAsync(id, "review");
        await engine.AdvanceAsync(TimeSpan.FromHours(2));

        // Then
        Assert.Equal(
            ["review:Completed", "toEnd:SequenceFlowTaken", "end:Activated", "end:Completed", "deadline:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "review:Completed"));
        Assert.Empty(await engine.BookmarksAsync(id));
    }

    [Fact]
    public async Task ErrorEventSubProcess_InASubProcess_EndsItsScope_ThenTheSubProcessCompletes()
    {
        // Given
        await using var engine = await StartWithFixtureAsync("nested");
        var id = await engine.StartAsync("nested");

        // When
        await engine.CompleteAsync(id, "decide", new JsonObject { ["insuredElsewhere"] = true });

        // Then
        Assert.Equal(
            ["decide:Completed", "toSplit:SequenceFlowTaken", "split:Activated", "split:Completed", "elsewhere:SequenceFlowTaken",
             "alreadyInsured:Activated", "alreadyInsured:ErrorThrown", "alreadyInsured:Terminated",
             "onAlreadyInsured:Activated", "alreadyInsuredCaught:Activated", "alreadyInsuredCaught:Completed",
             "toNotify:SequenceFlowTaken", "notify:Activated", "notify:Completed", "toRejected:SequenceFlowTaken",
             "rejected:Activated", "rejected:Completed", "onAlreadyInsured:Completed", "check:Completed",
             "toArchive:SequenceFlowTaken", "archive:Activated"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "decide:Completed"));
        Assert.Equal("ALREADY_INSURED", (string?)(await engine.Queries.InstanceAsync(id))!.Variables["rejectionCode"]);
        Assert.DoesNotContain(await engine.BookmarksAsync(id), b => b.ElementId == "policyChanged");
    }

    [Fact]
    public async Task SignalEventSubProcess_InASubProcess_EscalatesToTheProcessLevel_EachTimeTheSignalComes()
    {
        // Given
        await using var engine = await StartWithFixtureAsync("nested");
        var id = await engine.StartAsync("nested");

        // When
        await engine.Runtime.BroadcastSignalAsync("policyChanged", null, Actor.System);
        await engine.Runtime.BroadcastSignalAsync("policyChanged", null, Actor.System);
        await engine.CompleteAsync(id, "decide", new JsonObject { ["insuredElsewhere"] = false });

        // Then
        var once = new[]
        {
            "policyChanged:SignalReceived", "onPolicyChange:Activated", "policyChanged:Activated", "policyChanged:Completed",
            "toLate:SequenceFlowTaken", "late:Activated", "late:EscalationThrown", "onLate:Activated", "lateCaught:Activated",
            "lateCaught:Completed", "toSupervise:SequenceFlowTaken", "late:Completed", "toNoted:SequenceFlowTaken",
            "supervise:Activated", "noted:Activated", "noted:Completed", "onPolicyChange:Completed",
        };
        Assert.Equal(
            [.. once, .. once, "decide:Completed", "toSplit:SequenceFlowTaken", "split:Activated", "split:Completed",
             "toCheckEnd:SequenceFlowTaken", "checkEnd:Activated", "checkEnd:Completed", "check:Completed",
             "toArchive:SequenceFlowTaken", "archive:Activated"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "policyChanged:SignalReceived"));
        Assert.Equal(2, (await OpenTasksAsync(engine, id, "supervise")).Count);
        Assert.Equal("REVIEW_LATE", (string?)(await engine.Queries.InstanceAsync(id))!.Variables["escalated"]);
    }

    [Fact]
    public async Task AsyncStartOfAnEventSubProcess_TakesTheEventNow_AndRunsItsPathAsAJob()
    {
        // Given
        await using var engine = await StartWithFixtureAsync("async-reminders");
        var id = await engine.StartAsync("asyncReminders");

        // When
        Assert.True((await engine.Runtime.CorrelateMessageAsync("reminderRequested", "case-1", new JsonObject { ["reason"] = "逾期" }, Actor.System)).IsOk);
        var beforeJob = (await engine.JournalAsync(id)).Count;
        await engine.RunDueJobsAsync();

        // Then
        Assert.Equal(
            ["reminderAsked:MessageCorrelated", "remindApplicant:Activated", "reminderAsked:Activated", "reminderAsked:Completed",
             "toCall:SequenceFlowTaken", "callApplicant:Activated"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "reminderAsked:MessageCorrelated"));
        Assert.Equal(7, beforeJob);
        Assert.Equal("逾期", (string?)(await engine.Queries.InstanceAsync(id))!.Variables["reason"]);
    }

    [Fact]
    public async Task NonInterruptingTimerCycleEventSubProcess_FiresUntilItsRepetitionsRunOut()
    {
        // Given
        await using var engine = await StartWithFixtureAsync("review-window");
        var id = await engine.StartAsync("reviewWindow");

        // When
        await engine.AdvanceAsync(TimeSpan.FromHours(1));
        await engine.AdvanceAsync(TimeSpan.FromHours(1));
        await engine.AdvanceAsync(TimeSpan.FromHours(1));

        // Then
        Assert.Equal(2, (await OpenTasksAsync(engine, id, "remindReviewer")).Count);
        Assert.Single(await OpenTasksAsync(engine, id, "review"));
        Assert.Equal(["withdrawn"], (await engine.BookmarksAsync(id)).Where(b => b.Kind == Execution.Bookmarks.BookmarkKind.Message).Select(b => b.ElementId));
        Assert.DoesNotContain(await engine.BookmarksAsync(id), b => b.ElementId == "hourPassed");
    }

    [Fact]
    public async Task InterruptingEventSubProcess_EndsTheRunningNonInterruptingOnes_AndEveryOtherSubscription()
    {
        // Given one reminder running beside the review
        await using var engine = await StartWithFixtureAsync("review-window");
        var id = await engine.StartAsync("reviewWindow");
        await engine.AdvanceAsync(TimeSpan.FromHours(1));

        // When
        Assert.True((await engine.Runtime.CorrelateMessageAsync("applicationWithdrawn", "case-1", null, Actor.System)).IsOk);

        // Then
        Assert.Equal(
            ["withdrawn:MessageCorrelated", "review:Terminated", "remindReviewer:Terminated", "hourlyReminder:Terminated",
             "withdrawal:Activated", "withdrawn:Activated", "withdrawn:Completed", "toClosed:SequenceFlowTaken",
             "closed:Activated", "closed:Completed", "withdrawal:Completed", "reviewWindow:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "withdrawn:MessageCorrelated"));
        Assert.Empty(await engine.BookmarksAsync(id));
        Assert.Empty(await OpenTasksAsync(engine, id, "remindReviewer"));
        var journalLength = (await engine.JournalAsync(id)).Count;
        await engine.AdvanceAsync(TimeSpan.FromHours(5));
        Assert.Equal(journalLength, (await engine.JournalAsync(id)).Count);
    }
}
