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
/// </summary>
public sealed class HangfireJobScheduler(IBackgroundJobClient jobs, TimeProvider time) : IWorkflowJobScheduler
{
    public void Schedule(Bookmark bookmark)
    {
        var due = bookmark.DueAt ?? time.GetUtcNow();
        if (due <= time.GetUtcNow())
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
