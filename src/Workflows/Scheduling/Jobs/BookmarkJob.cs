using Hangfire;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Scheduling.Jobs;

/// <summary>
/// Fires one timer or runs one continuation. Element failures are counted by the engine itself against the BPMN
/// retry cycle; Hangfire's own retries only cover infrastructure failures (the database briefly unavailable).
/// </summary>
public sealed class BookmarkJob(WorkflowRuntime runtime, IWorkflowStore store, IWorkflowJobScheduler scheduler, TimeProvider time)
{
    [AutomaticRetry(Attempts = 5)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(Guid bookmarkId, CancellationToken ct)
    {
        var started = time.GetUtcNow();
        var result = await runtime.RunBookmarkAsync(bookmarkId, ct);
        if (result is { IsOk: true, Value: false } && await StillAheadAsync(bookmarkId, started, ct) is { } early)
        {
            // Started before the bookmark was due: Hangfire keeps delayed jobs in whole seconds, so one can start up to a
            // second early (more with clock skew between nodes). Doing nothing would leave the timer to the overdue
            // sweep, minutes later; schedule it again for the remainder instead.
            scheduler.Schedule(early);
        }
    }

    /// <summary>The timer or continuation, when it still exists and was not yet due when this run started.</summary>
    private async Task<Bookmark?> StillAheadAsync(Guid bookmarkId, DateTimeOffset started, CancellationToken ct)
    {
        // A read: no transaction, so no write lock taken (and no turn at the writer) for it.
        await using var session = await store.OpenDeferredAsync(ct);
        var bookmark = await session.FindBookmarkAsync(bookmarkId, ct);
        return bookmark is { Kind: BookmarkKind.Timer or BookmarkKind.Job or BookmarkKind.TimerStart, DueAt: { } due } && due > started ? bookmark : null;
    }
}
