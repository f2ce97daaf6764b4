namespace SocialInsurance.Workflows.Execution.Bookmarks;

/// <summary>
/// A wait state that something outside the step resumes. Lives in its own indexed table so a message can find its
/// subscribers and a job its timer without reading any instance. A bookmark that is gone makes any late or duplicate
/// job for it a no-op: that is what keeps timers and continuations idempotent.
/// </summary>
public sealed class Bookmark
{
    public Guid Id { get; init; }
    public Guid InstanceId { get; init; }
    public int TokenId { get; init; }

    /// <summary>The element that resumes: the task, the catch event, or the boundary event.</summary>
    public required string ElementId { get; set; }
    public BookmarkKind Kind { get; init; }

    public string? MessageName { get; init; }
    public string? CorrelationKey { get; init; }
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Timer cycles: how often this timer has fired. Jobs: how many attempts have failed.</summary>
    public int Count { get; set; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>A timer start event's process version (<see cref="BookmarkKind.TimerStart"/>); null for every other kind.</summary>
    public string? DefinitionId { get; init; }
}
