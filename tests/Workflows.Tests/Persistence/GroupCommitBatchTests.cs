using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// Steps with only the engine's own rows to write hand them to whoever holds SQLite's writer instead of waiting for a turn
/// of their own (GroupCommit.Batches): written in the holder's group, each in its own savepoint, answered after its commit.
/// </summary>
public sealed class GroupCommitBatchTests
{
    [Fact]
    public async Task QueuedSteps_AreWrittenByTheStepHoldingTheWriter_InOneCommitWithIt()
    {
        // Given: a step holds the writer inside its service task while two other instances' steps queue behind it
        await using var held = await WriterHeldAsync("case-b", "case-c");
        var (engine, second, third) = (held.Engine, held.Others[0], held.Others[1]);
        var queued = new[]
        {
            engine.Runtime.CompleteTaskAsync(await engine.OpenTaskAsync(second, "checkBank"), TestEngine.Reviewer, null),
            engine.Runtime.CompleteTaskAsync(await engine.OpenTaskAsync(third, "checkBank"), TestEngine.Reviewer, null),
        };

        // When
        var results = await held.ReleaseWith(queued);

        // Then: all three durable in one commit, the two queued written by the holder
        Assert.All(results, r => Assert.Equal(RuntimeStatus.Ok, r.Status));
        Assert.Equal((1, 2), held.WriterUse());
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(held.Holder))!.Status);
        Assert.Contains("checkBank:Completed", await engine.JournalAsync(second));
        Assert.Contains("checkBank:Completed", await engine.JournalAsync(third));
    }

    [Fact]
    public async Task QueuedStep_WhoseTaskAnotherQueuedStepCompleted_IsUndoneAloneAndRunsAgain()
    {
        // Given: while a step holds the writer, two reviewers complete the same task, both having read it open
        await using var held = await WriterHeldAsync("case-b");
        var (engine, contested) = (held.Engine, held.Others[0]);
        var task = await engine.OpenTaskAsync(contested, "checkBank");
        var first = engine.Runtime.CompleteTaskAsync(task, Actor.User("reviewer1", "reviewers"), null);
        var late = engine.Runtime.CompleteTaskAsync(task, Actor.User("reviewer3", "reviewers"), null);

        // When
        var results = await held.ReleaseWith([first, late]);

        // Then: the late one's stale write was undone in the group without failing the others; run again, it finds
        // the task done
        Assert.Equal([RuntimeStatus.Ok, RuntimeStatus.Ok, RuntimeStatus.Conflict], results.Select(r => r.Status));
        Assert.Equal((1, 2), held.WriterUse());
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(held.Holder))!.Status);
        Assert.Single(await engine.JournalAsync(contested), e => e == "checkBank:Completed");
    }

    /// <summary>
    /// An engine whose writer is held by a step completing the last review of <see cref="WriterHeld.Holder"/> (its
    /// service task waits in the transaction), with an instance started for each of <paramref name="others"/>.
    /// </summary>
    private static async Task<WriterHeld> WriterHeldAsync(params string[] others)
    {
        var gate = new Gate(joinsTransaction: true);
        var engine = await TestEngine.StartAsync(configure: s => s.AddSingleton<IActivityHandler>(gate));
        await engine.DeployAsync(StepOutsideWriteLockTests.TwoReviews);
        var holder = await engine.StartAsync("twoReviews", "case-a");
        var started = new List<Guid>();
        foreach (var key in others)
        {
            started.Add(await engine.StartAsync("twoReviews", key));
        }

        await engine.CompleteAsync(holder, "checkBank");
        var writer = engine.Services.GetRequiredService<GroupCommit>();
        var before = (writer.Commits, writer.WrittenForOthers);
        var holding = engine.Runtime.CompleteTaskAsync(await engine.OpenTaskAsync(holder, "checkId"), TestEngine.Reviewer, null);
        await gate.Reached;
        return new WriterHeld(engine, gate, writer, before, holder, started, holding);
    }

    private sealed record WriterHeld(
        TestEngine Engine, Gate Gate, GroupCommit Writer, (long Commits, long WrittenForOthers) Before, Guid Holder, List<Guid> Others,
        Task<RuntimeResult<Guid>> Holding) : IAsyncDisposable
    {
        /// <summary>Lets the holding step go on; the holder's result first, then those of <paramref name="queued"/>.</summary>
        public async Task<RuntimeResult<Guid>[]> ReleaseWith(Task<RuntimeResult<Guid>>[] queued)
        {
            Gate.Open();
            return await Task.WhenAll([Holding, .. queued]);
        }

        /// <summary>Commits since the writer was held, and steps written by the holder for others.</summary>
        public (long Commits, long WrittenForOthers) WriterUse() => (Writer.Commits - Before.Commits, Writer.WrittenForOthers - Before.WrittenForOthers);

        public ValueTask DisposeAsync() => Engine.DisposeAsync();
    }
}
