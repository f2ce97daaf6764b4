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
}
