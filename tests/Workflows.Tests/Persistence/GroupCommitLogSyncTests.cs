using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// At <c>synchronous=FULL</c> the shared writer commits without syncing and the log is synced beside it
/// (GroupCommit.LogSync): nothing is answered before a sync that began after its commit, the writer is free while the
/// log syncs, and what only read a commit still syncing waits for it too.
/// </summary>
public sealed class GroupCommitLogSyncTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AStep_IsAnsweredOnlyOnceTheLogIsSynced_AndTheWriterIsFreeMeanwhile()
    {
        // Given: an engine at FULL whose log syncs are held
        await using var fixture = await StartAsync();
        var (engine, sync, writer) = (fixture.Engine, fixture.Sync, fixture.Writer);

        // When: a reviewer completes a review
        var (id, _, completing) = await fixture.CompleteReviewWhileSyncHeldAsync();

        // Then: while the log syncs, the step's commit is visible and the writer is free, but the reviewer has no answer
        Assert.Contains("checkBank:Completed", await engine.JournalAsync(id));
        Assert.True(writer.TryReadWhileIdle(_ => true, out _), "expected the writer free while the log syncs");
        Assert.False(completing.IsCompleted, "expected no answer before the log is synced");
        sync.Open();
        Assert.Equal(RuntimeStatus.Ok, (await completing.WaitAsync(Bound)).Status);
        Assert.All(sync.Calls, call => Assert.Equal(Path.GetFullPath(engine.DatabasePath), call.Path));
        Assert.True(sync.Calls[0].DirectoryToo, "expected the log's folder synced with the writer's first sync");
        Assert.False(sync.Calls[^1].DirectoryToo);
    }

    [Fact]
    public async Task AStepThatOnlyRead_AnUnsyncedCommit_IsAnsweredOnlyOnceItIsDurable()
    {
        // Given: a review completed whose log sync is held
        await using var fixture = await StartAsync();
        var (engine, sync) = (fixture.Engine, fixture.Sync);
        var (_, checkBank, completing) = await fixture.CompleteReviewWhileSyncHeldAsync();

        // When: a second reviewer completes the same review (it reads the task done, and writes nothing)
        var late = engine.Runtime.CompleteTaskAsync(checkBank, Actor.User("reviewer3", "reviewers"), null);
        // Nothing can answer it while the sync is held: a refusal that did not wait would be back in a millisecond or so.
        var lateBeforeSync = await Task.WhenAny(late, Task.Delay(TimeSpan.FromMilliseconds(200))) == late;
        sync.Open();

        // Then: its refusal waited for the sync of what it read
        Assert.False(lateBeforeSync, "expected the refusal held until the completion it read is durable");
        Assert.Equal(RuntimeStatus.Ok, (await completing.WaitAsync(Bound)).Status);
        var refused = await late.WaitAsync(Bound);
        Assert.Equal(RuntimeStatus.Conflict, refused.Status);
        Assert.Equal("task.notOpen", refused.Code);
    }

    [Fact]
    public async Task ASyncThatFails_IsNeverAnsweredAsDone()
    {
        // Given
        await using var fixture = await StartAsync();
        var (engine, sync) = (fixture.Engine, fixture.Sync);

        // When: the sync of the review's commit fails
        var (id, _, completing) = await fixture.CompleteReviewWhileSyncHeldAsync(failWith: new IOException("disk gone"));
        sync.Open();
        var outcome = await Record.ExceptionAsync(async () => Assert.NotEqual(RuntimeStatus.Ok, (await completing.WaitAsync(Bound)).Status));

        // Then: the reviewer is told it failed (an exception or a result that is not Ok), and the next step syncs again
        Assert.True(outcome is null or IOException, $"expected a failure, but got {outcome}");
        var checkId = await engine.OpenTaskAsync(id, "checkId");
        Assert.Equal(RuntimeStatus.Ok, (await engine.Runtime.CompleteTaskAsync(checkId, TestEngine.Reviewer, null).WaitAsync(Bound)).Status);
    }

    [Theory]
    [InlineData("NORMAL", true)]
    [InlineData("FULL", false)]
    public async Task OtherwiseSQLiteSyncsAsConfigured_AndNothingIsSyncedBeside(string synchronous, bool besideWriter)
    {
        // Given: NORMAL (nothing synced at commit), or FULL with syncing beside the writer turned off
        await using var fixture = await StartAsync(synchronous, besideWriter);
        var (engine, sync, writer) = (fixture.Engine, fixture.Sync, fixture.Writer);

        // When
        var id = await engine.StartAsync("twoReviews");
        await engine.CompleteAsync(id, "checkBank");

        // Then
        Assert.False(writer.SyncsLogBesideWriter);
        Assert.Empty(sync.Calls);
        Assert.Equal(0, writer.LogSyncs);
    }

    [Fact]
    public async Task WithTheRealSync_ALifecycleCompletes_OneSyncPerCommitAtMost()
    {
        // Given: the host's own log sync
        var gate = new Gate();
        gate.Open();
        await using var engine = await TestEngine.StartAsync(configure: s => s.AddSingleton<IActivityHandler>(gate), options: o => o.SqliteSynchronous = "FULL");
        await engine.DeployAsync(StepOutsideWriteLockTests.TwoReviews);
        var writer = engine.Services.GetRequiredService<GroupCommit>();

        // When
        var id = await engine.StartAsync("twoReviews");
        await engine.CompleteAsync(id, "checkBank");
        await engine.CompleteAsync(id, "checkId");

        // Then
        Assert.True(writer.SyncsLogBesideWriter);
        Assert.Equal(Execution.Instances.InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
        Assert.InRange(writer.LogSyncs, 1, writer.Commits);
    }

    private static async Task<Fixture> StartAsync(string synchronous = "FULL", bool besideWriter = true)
    {
        var sync = new GatedLogSync();
        var gate = new Gate();
        gate.Open();
        var engine = await TestEngine.StartAsync(
            configure: s => s.AddSingleton<IActivityHandler>(gate).AddSingleton<IWriteAheadLogSync>(sync),
            options: o => (o.SqliteSynchronous, o.SyncLogBesideWriter) = (synchronous, besideWriter));
        await engine.DeployAsync(StepOutsideWriteLockTests.TwoReviews);
        return new Fixture(engine, sync, engine.Services.GetRequiredService<GroupCommit>());
    }

    private sealed record Fixture(TestEngine Engine, GatedLogSync Sync, GroupCommit Writer) : IAsyncDisposable
    {
        /// <summary>
        /// Starts an instance and completes its bank review with the log's syncs held (the next one failing with
        /// <paramref name="failWith"/>, if given), returning once that review's sync has begun.
        /// </summary>
        public async Task<(Guid Id, Guid CheckBank, Task<RuntimeResult<Guid>> Completing)> CompleteReviewWhileSyncHeldAsync(Exception? failWith = null)
        {
            var id = await Engine.StartAsync("twoReviews");
            var checkBank = await Engine.OpenTaskAsync(id, "checkBank");
            Sync.Close(failWith);
            // On a thread of its own: the step that commits syncs the log itself once it has passed the writer on.
            var completing = Task.Run(() => Engine.Runtime.CompleteTaskAsync(checkBank, TestEngine.Reviewer, null));
            await Sync.Began.WaitAsync(Bound);
            return (id, checkBank, completing);
        }

        public async ValueTask DisposeAsync()
        {
            Sync.Open();
            await Engine.DisposeAsync();
        }
    }
}
