namespace SocialInsurance.Workflows.Execution.UserTasks;

/// <summary>
/// A human task. Its id is the id of the bookmark that resumes the token. Kept after completion as the reviewer's
/// history ("done" list). Candidates are a child table so inbox queries by group are index seeks, not LIKE scans.
/// </summary>
public sealed class UserTaskInstance
{
    public Guid Id { get; init; }
    public Guid InstanceId { get; init; }
    public int TokenId { get; init; }
    public required string ElementId { get; set; }
    public required string Name { get; set; }
    public required string ProcessKey { get; init; }
    public int ProcessVersion { get; set; }
    public string? BusinessKey { get; init; }
    public string? FormKey { get; set; }
    public string? Assignee { get; set; }
    public List<TaskCandidate> Candidates { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Higher is more urgent (Camunda 7's convention); 50 unless the model or a listener says otherwise.</summary>
    public int Priority { get; set; } = Model.Tasks.UserTask.DefaultPriority;
    public UserTaskStatus Status { get; set; } = UserTaskStatus.Created;
    public DateTimeOffset? EndedAt { get; set; }
    public string? CompletedBy { get; set; }

    /// <summary>
    /// When the assignee wants to look at the task again (<c>camunda:followUpDate</c>, or set by the assignee): until
    /// then it is parked out of their working list. Unlike <see cref="DueAt"/> it is the assignee's to move.
    /// </summary>
    public DateTimeOffset? FollowUpAt { get; set; }

    /// <summary>Who delegated the task and gets it back when the delegate resolves it (Camunda's owner).</summary>
    public string? Owner { get; set; }

    /// <summary>Null unless delegated; <see cref="DelegationState.Pending"/> while the delegate works on it.</summary>
    public DelegationState? Delegation { get; set; }

    /// <summary>Guards claim/unclaim races: two reviewers claiming at once, one wins.</summary>
    public long ConcurrencyStamp { get; set; }

    public IEnumerable<string> CandidateGroups => Candidates.Where(c => c.Kind == CandidateKind.Group).Select(c => c.Value);
    public IEnumerable<string> CandidateUsers => Candidates.Where(c => c.Kind == CandidateKind.User).Select(c => c.Value);
}
