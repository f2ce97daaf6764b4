using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Runtime;

/// <summary>
/// Inbox filters. Candidate groups and users are OR-ed (a task offered to any of them matches); everything else is
/// AND-ed. Results are ordered by <see cref="Order"/>: due date (tasks without one last), or priority (highest
/// first) then due date; creation breaks ties.
/// </summary>
public sealed record TaskQuery
{
    public IReadOnlyCollection<string> CandidateGroups { get; init; } = [];
    public string? CandidateUser { get; init; }
    public string? Assignee { get; init; }
    public bool? Unassigned { get; init; }
    public string? CompletedBy { get; init; }
    public UserTaskStatus? Status { get; init; } = UserTaskStatus.Created;
    public string? ProcessKey { get; init; }
    public string? BusinessKey { get; init; }
    public Guid? InstanceId { get; init; }
    public DateTimeOffset? DueBefore { get; init; }

    /// <summary>Keeps tasks due at or after this instant (with <see cref="DueBefore"/>: a due-date window).</summary>
    public DateTimeOffset? DueAfter { get; init; }
    public TaskOrder Order { get; init; } = TaskOrder.DueDate;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}
