using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Runtime;

/// <summary>
/// Inbox filters. Candidate groups and users are OR-ed (a task offered to any of them matches); everything else is
/// AND-ed. Ordered by <see cref="SortBy"/> (default: due date, tasks without one last; priority: highest first, then
/// due date), then by creation and id so that pages never overlap.
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

    /// <summary>Keeps tasks whose business key is one of these (a search resolved to cases); empty matches nothing.</summary>
    public IReadOnlyCollection<string>? BusinessKeys { get; init; }
    public Guid? InstanceId { get; init; }

    /// <summary>Keeps these tasks only (a page the host ordered itself: <see cref="IWorkflowQueries.TaskKeysAsync"/>).</summary>
    public IReadOnlyCollection<Guid>? TaskIds { get; init; }
    public DateTimeOffset? DueBefore { get; init; }

    /// <summary>Keeps tasks due at or after this instant (with <see cref="DueBefore"/>: a due-date window).</summary>
    public DateTimeOffset? DueAfter { get; init; }

    /// <summary>Keeps tasks without a follow-up date or whose follow-up date is at or before this instant ("mine" now).</summary>
    public DateTimeOffset? FollowUpDueBy { get; init; }

    /// <summary>Keeps tasks whose follow-up date is after this instant (parked until then).</summary>
    public DateTimeOffset? FollowUpAfter { get; init; }

    public TaskSort SortBy { get; init; } = TaskSort.Due;

    /// <summary>Which candidate groups <see cref="TaskSort.CandidateGroup"/> orders by (all when null).</summary>
    public string? GroupPrefix { get; init; }
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}
