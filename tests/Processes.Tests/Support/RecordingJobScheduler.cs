using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Processes.Tests.Support;

/// <summary>Keeps what the engine asked to schedule, so a test decides when each job runs (as in the engine's tests).</summary>
public sealed class RecordingJobScheduler : IWorkflowJobScheduler
{
    private readonly List<(Guid Id, DateTimeOffset Due)> _pending = [];

    public void Schedule(Bookmark bookmark)
    {
        lock (_pending)
        {
            _pending.Add((bookmark.Id, bookmark.DueAt ?? DateTimeOffset.MinValue));
        }
    }

    public IReadOnlyList<Guid> TakeDue(DateTimeOffset now)
    {
        lock (_pending)
        {
            var due = _pending.Where(p => p.Due <= now).OrderBy(p => p.Due).Select(p => p.Id).ToArray();
            _pending.RemoveAll(p => p.Due <= now);
            return due;
        }
    }
}
