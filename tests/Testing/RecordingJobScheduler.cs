using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Testing;

/// <summary>Keeps what the engine asked to schedule, so a test decides when (and how often) each job runs.</summary>
public sealed class RecordingJobScheduler : IWorkflowJobScheduler
{
    private readonly List<(Guid Id, DateTimeOffset Due)> _pending = [];

    public List<Guid> Scheduled { get; } = [];

    public void Schedule(Bookmark bookmark)
    {
        lock (_pending)
        {
            Scheduled.Add(bookmark.Id);
            _pending.Add((bookmark.Id, bookmark.DueAt ?? DateTimeOffset.MinValue));
        }
    }

    public IReadOnlyList<(Guid Id, DateTimeOffset Due)> Pending
    {
        get
        {
            lock (_pending)
            {
                return _pending.ToArray();
            }
        }
    }

    public IReadOnlyList<Bookmark> TakeDue(DateTimeOffset now)
    {
        lock (_pending)
        {
            var due = _pending.Where(p => p.Due <= now).OrderBy(p => p.Due).ToArray();
            _pending.RemoveAll(p => p.Due <= now);
            return due.Select(p => new Bookmark { Id = p.Id, ElementId = "" }).ToArray();
        }
    }
}
