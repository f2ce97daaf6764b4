using Hangfire;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Workflows.Scheduling.Jobs;

namespace SocialInsurance.Workflows.Scheduling;

/// <summary>
/// Timers and continuations as Hangfire jobs that carry the bookmark id only. Hangfire's clock decides when a
/// scheduled job starts; the runtime re-checks the due time against the injected <see cref="TimeProvider"/>.
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
            jobs.Schedule<BookmarkJob>(job => job.RunAsync(bookmark.Id, CancellationToken.None), due);
        }
    }
}
