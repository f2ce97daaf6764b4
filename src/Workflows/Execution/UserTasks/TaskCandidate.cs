namespace SocialInsurance.Workflows.Execution.UserTasks;

public sealed class TaskCandidate
{
    public Guid TaskId { get; init; }
    public CandidateKind Kind { get; init; }
    public required string Value { get; init; }
}
