using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;

namespace SocialInsurance.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Fires a due timer or runs an async continuation, by bookmark id. This is what every background job calls, so it
    /// is safe to call late, twice, or concurrently: a bookmark that is gone or not yet due does nothing, and of two
    /// concurrent deliveries one commits and the other meets a conflict and stops.
    /// </summary>
    /// <returns>True when something fired.</returns>
    public async Task<RuntimeResult<bool>> RunBookmarkAsync(Guid bookmarkId, CancellationToken ct = default, bool evenIfNotDue = false)
    {
        Exception? failure = null;
        Bookmark? signal = null;
        var result = await TryRunBookmarkAsync(bookmarkId, evenIfNotDue, error => failure = error, thrown => signal = thrown, ct);
        if (signal is not null)
        {
            await BroadcastThrownSignalAsync(signal, ct);
        }

        if (failure is not null)
        {
            // Only now is the failed step's transaction gone (and, on SQLite, its write lock released).
            await RecordJobFailureAsync(bookmarkId, failure, ct);
        }

        return result;
    }

    private async Task<RuntimeResult<bool>> TryRunBookmarkAsync(
        Guid bookmarkId, bool evenIfNotDue, Action<Exception> failed, Action<Bookmark> signalThrown, CancellationToken ct)
    {
        try
        {
            // A step on the same instance committing meanwhile (a reviewer, a message) makes the job run again on fresh state.
            return await RetryOnConflictAsync(session => TryRunBookmarkAsync(session, bookmarkId, evenIfNotDue, failed, signalThrown, ct), ct);
        }
        catch (ConcurrencyConflictException)
        {
            return RuntimeResult<bool>.Ok(false);
        }
    }

    private async Task<RuntimeResult<bool>> TryRunBookmarkAsync(
        IWorkflowSession session, Guid bookmarkId, bool evenIfNotDue, Action<Exception> failed, Action<Bookmark> signalThrown, CancellationToken ct)
    {
        var bookmark = await session.FindBookmarkAsync(bookmarkId, ct);
        if (bookmark is null || bookmark.Kind is BookmarkKind.UserTask or BookmarkKind.Message or BookmarkKind.Signal)
        {
            return RuntimeResult<bool>.Ok(false);
        }

        if (bookmark.Kind == BookmarkKind.SignalThrow)
        {
            // Broadcast outside this session: each chunk of receivers is its own transaction.
            signalThrown(bookmark);
            return RuntimeResult<bool>.Ok(true);
        }

        if (!evenIfNotDue && bookmark.DueAt > Time.GetUtcNow())
        {
            return RuntimeResult<bool>.Ok(false);
        }

        if (bookmark.Kind == BookmarkKind.TimerStart)
        {
            return RuntimeResult<bool>.Ok(await FireTimerStartAsync(session, bookmark, ct));
        }

        var (instance, model) = await LoadAsync(session, bookmark.InstanceId, ct);
        if (instance is null || model is null || instance.Status != InstanceStatus.Active)
        {
            return RuntimeResult<bool>.Ok(false);
        }

        if (bookmark.Kind == BookmarkKind.Timer)
        {
            var fired = false;
            await steps.CommitAsync(session, instance, model, Actor.System, FailureMode.Incident, async step =>
                fired = await step.ResumeAsync(bookmark, payload: null));
            return RuntimeResult<bool>.Ok(fired);
        }

        var token = instance.Tokens.Find(t => t.Id == bookmark.TokenId);
        if (token is null)
        {
            return RuntimeResult<bool>.Ok(false);
        }

        try
        {
            await steps.CommitAsync(session, instance, model, Actor.System, FailureMode.Throw, async step =>
            {
                await step.RemoveBookmarkAsync(bookmark);
                var waiting = step.Update(token, TokenStatus.Waiting);
                await step.ActivateAsync(waiting, model.Node(token.ElementId));
            });
            return RuntimeResult<bool>.Ok(true);
        }
        catch (Exception ex) when (ex is not (ConcurrencyConflictException or OperationCanceledException))
        {
            failed(ex);
            return RuntimeResult<bool>.Ok(false);
        }
    
    }

    /// <summary>
    /// Counts a failed attempt in a fresh transaction (the failed step was rolled back whole). Camunda's semantics:
    /// R3 means three attempts in all; after the last the job becomes an incident and the token stays put.
    /// </summary>
    private async Task RecordJobFailureAsync(Guid bookmarkId, Exception error, CancellationToken ct)
    {
        logger.LogWarning(error, "Job for bookmark {BookmarkId} failed", bookmarkId);
        await using var session = await store.OpenAsync(ct);
        var bookmark = await session.FindBookmarkAsync(bookmarkId, ct);
        var (instance, model) = bookmark is null ? (null, null) : await LoadAsync(session, bookmark.InstanceId, ct);
        var token = instance?.Tokens.Find(t => t.Id == bookmark!.TokenId);
        if (bookmark is null || instance is null || model is null || token is null)
        {
            return;
        }

        var node = model.Node(token.ElementId);
        var cycle = node.Async.RetryCycle;
        await steps.CommitAsync(session, instance, model, Actor.System, FailureMode.Incident, async step =>
        {
            bookmark.Count++;
            if (bookmark.Count < cycle.Retries)
            {
                bookmark.DueAt = step.Now + cycle.Interval;
                session.Touch(bookmark);
                step.JobsToSchedule.Add(bookmark);
                step.Journal(node, JournalEvents.JobFailed, token, new JsonObject
                {
                    ["message"] = error.Message,
                    ["attempt"] = bookmark.Count,
                    ["retryAt"] = bookmark.DueAt,
                });
                return;
            }

            await step.RemoveBookmarkAsync(bookmark);
            await step.FailAsync(token, node, new IncidentException(IncidentCauses.OfJob(node, error, bookmark.Count, cycle.ToString())));
        }, [bookmark]);
    }

    /// <summary>
    /// Re-delivers timers and continuations that are overdue: the safety net for a job lost between a commit and the
    /// scheduler (a crash there), or a scheduler that was down. Duplicates are harmless by construction.
    /// </summary>
    /// <summary>
    /// Gives the scheduler the timers and continuations due in [<paramref name="from"/>, <paramref name="to"/>), in due
    /// order, a page at a time: the hand-over of timers that were too far ahead to be scheduled at their commit.
    /// </summary>
    /// <returns>How many were handed over.</returns>
    public async Task<int> HandOverUpcomingAsync(DateTimeOffset from, DateTimeOffset to, int pageSize = 1_000, CancellationToken ct = default)
    {
        var handed = 0;
        while (true)
        {
            var page = await queries.BookmarksDueBetweenAsync(from, to, handed, pageSize, ct);
            steps.Schedule(page);
            handed += page.Count;
            if (page.Count < pageSize)
            {
                return handed;
            }
        }
    }

    public async Task<int> RescheduleOverdueAsync(TimeSpan grace, int limit, CancellationToken ct = default)
    {
        var overdue = await queries.DueBookmarksAsync(Time.GetUtcNow() - grace, limit, ct);
        steps.Schedule(overdue);
        return overdue.Count;
    }
}
