using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Testing;

namespace SocialInsurance.Workflows.Tests.Scenarios.Signals;

public sealed class SignalScenarioTests
{
    private static async Task<TestEngine> StartWithFixtureAsync()
    {
        var engine = await TestEngine.StartAsync();
        var xml = await File.ReadAllTextAsync(TestEngine.Fixture("Scenarios/Signals/signals.bpmn"));
        var deployed = await engine.Deployments.DeployAsync(xml, "signals.bpmn", "test", publish: true, CancellationToken.None);
        Assert.True(deployed.IsValid, string.Join(Environment.NewLine, deployed.Issues));
        return engine;
    }

    private static async Task CompleteReviewAsync(TestEngine engine, Guid id) =>
        Assert.True((await engine.Runtime.CompleteTaskAsync(await engine.OpenTaskAsync(id, "review"), Actor.System, null)).IsOk);

    [Fact]
    public async Task Broadcast_ResumesEveryWaitingInstance_InChunks_AndOnlyOnce()
    {
        // Given five instances waiting for the signal and one still in review (not subscribed to it)
        await using var engine = await StartWithFixtureAsync();
        var waiting = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var id = await engine.StartAsync("waitForPolicy", $"case-{i}");
            await CompleteReviewAsync(engine, id);
            waiting.Add(id);
        }

        var inReview = await engine.StartAsync("waitForPolicy", "case-review");

        // When
        var first = await engine.Runtime.BroadcastSignalAsync("contributionRatesChanged", null, Actor.System, chunkSize: 2);
        var second = await engine.Runtime.BroadcastSignalAsync("contributionRatesChanged", null, Actor.System, chunkSize: 2);

        // Then
        Assert.Equal(waiting.Order(), first.Value!.ResumedInstances.Order());
        Assert.Empty(first.Value.FailedInstances);
        Assert.Empty(second.Value!.ResumedInstances);
        Assert.Equal(
            ["newRates:Activated", "newRates:SignalReceived", "newRates:Completed", "toEnd:SequenceFlowTaken",
             "end:Activated", "end:Completed", "waitForPolicy:Completed"],
            (await engine.JournalAsync(waiting[0])).SkipWhile(e => e != "newRates:Activated"));
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(inReview))!.Status);
    }

    [Fact]
    public async Task ThrownSignals_ReachOtherInstances_AfterTheThrowerCommits()
    {
        // Given one instance in review (its boundary listens for policyWithdrawn) and one waiting for new rates
        await using var engine = await StartWithFixtureAsync();
        var inReview = await engine.StartAsync("waitForPolicy", "case-1");
        var waitingForRates = await engine.StartAsync("waitForPolicy", "case-2");
        await CompleteReviewAsync(engine, waitingForRates);
        var reviewTask = await engine.OpenTaskAsync(inReview, "review");

        // When another process throws both signals
        var announcer = await engine.StartAsync("announce", "announcement");
        var beforeJobs = (await engine.Queries.InstanceAsync(inReview))!.Status;
        await engine.RunDueJobsAsync();

        // Then the thrower went on at once; the receivers moved only when the broadcast job ran
        Assert.Equal(InstanceStatus.Active, beforeJobs);
        Assert.Equal(
            ["announce:Activated", "announceStart:Activated", "announceStart:Completed", "toThrow:SequenceFlowTaken",
             "withdrawPolicy:Activated", "withdrawPolicy:SignalThrown", "withdrawPolicy:Completed", "toAnnounceEnd:SequenceFlowTaken",
             "announceEnd:Activated", "announceEnd:SignalThrown", "announceEnd:Completed", "announce:Completed"],
            await engine.JournalAsync(announcer));
        Assert.Equal(
            ["review:Activated", "policyWithdrawn:SignalReceived", "review:Terminated", "policyWithdrawn:Activated",
             "policyWithdrawn:Completed", "toWithdrawn:SequenceFlowTaken", "withdrawn:Activated", "withdrawn:Completed",
             "waitForPolicy:Completed"],
            (await engine.JournalAsync(inReview)).SkipWhile(e => e != "review:Activated"));
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(waitingForRates))!.Status);
        Assert.Equal(UserTaskStatus.Cancelled, (await engine.Queries.TaskAsync(reviewTask))!.Status);
        Assert.Empty(await engine.BookmarksAsync(announcer));
    }
}
