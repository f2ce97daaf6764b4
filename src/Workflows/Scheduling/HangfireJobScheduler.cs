using Hangfire;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Workflows.Scheduling.Jobs;

namespace SocialInsurance.Workflows.Scheduling;

/// <summary>
/// Timers and continuations as Hangfire jobs that carry the bookmark id only. Hangfire's clock decides when a
/// scheduled job starts; the runtime re-checks the due time against the injected <see cref="TimeProvider"/>.
/// Hangfire compares delayed jobs with the clock in whole seconds (it truncates both), so a job scheduled for 12:00:02.3
/// would start at 12:00:02.0, before its timer is due: schedule at the next whole second instead (at most a second
/// late, never early). <see cref="BookmarkJob"/> still reschedules a job that starts early anyway (clock skew).
/// A timer due after the next minute is not a job yet (<see cref="HandOverWindow"/>): a case's multi-day timers would
/// otherwise cost each submission a synchronous write to Hangfire's store (its own lock and fsync: the submit path's
/// bottleneck at 200/s), and most of them are cancelled before they are due (the review ends first).
/// </summary>
public sealed class HangfireJobScheduler(IBackgroundJobClient jobs, TimeProvider time) : IWorkflowJobScheduler
{
    public void Schedule(Bookmark bookmark)
    {
        var now = time.GetUtcNow();
        var due = bookmark.DueAt ?? now;
        if (due >= HandOverWindow.HorizonAt(now))
        {
            return;
        }

        if (due <= now)
        {
            jobs.Enqueue<BookmarkJob>(job => job.RunAsync(bookmark.Id, CancellationToken.None));
        }
        else
        {
            jobs.Schedule<BookmarkJob>(job => job.RunAsync(bookmark.Id, CancellationToken.None), NextWholeSecond(due));
        }
    }

    public static DateTimeOffset NextWholeSecond(DateTimeOffset due)
    {
        var remainder = due.UtcTicks % TimeSpan.TicksPerSecond;
        return remainder == 0 ? due : due.AddTicks(TimeSpan.TicksPerSecond - remainder);
    }
}
