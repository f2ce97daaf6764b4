namespace SocialInsurance.Api.Features.Tasks;

/// <summary>One inbox row.</summary>
public sealed record TaskSummary(
    Guid Id,
    Guid InstanceId,
    string ElementId,
    string Name,
    string ProcessKey,
    int ProcessVersion,
    string? BusinessKey,
    string? FormKey,
    string? Assignee,
    IReadOnlyList<string> CandidateGroups,
    IReadOnlyList<string> CandidateUsers,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    int Priority,
    string Status,
    DateTimeOffset? EndedAt,
    string? CompletedBy)
{
    /// <summary>The case behind the task (case number, applicant, service) in inbox lists; null for other processes.</summary>
    public CaseLabel? Case { get; init; }

    /// <summary>The process's name as deployed, so an inbox row names a process the Studio has no text of its own for.</summary>
    public string? ProcessName { get; init; }

    /// <summary>When the assignee means to look at it again; until then it is out of "mine" and in "follow-up".</summary>
    public DateTimeOffset? FollowUpAt { get; init; }

    /// <summary>Who delegated the task and gets it back on resolve; null unless delegated.</summary>
    public string? Owner { get; init; }

    /// <summary><c>Pending</c> while delegated, <c>Resolved</c> once handed back, null otherwise.</summary>
    public string? Delegation { get; init; }

    /// <summary>In the done list: the decision the task was completed with and when; null elsewhere.</summary>
    public TaskOutcome? Outcome { get; init; }
}

/// <param name="Decision"><c>approve</c>, <c>reject</c> or <c>supplement</c>; null when the task's form records no decision.</param>
public sealed record TaskOutcome(string? Decision, DateTimeOffset At);
