namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>
/// A human task. Assignee, candidate groups and users, and due date may be literals or <c>${...}</c> expressions
/// (comma-separated lists for candidates), evaluated when the task is created.
/// </summary>
public sealed record UserTask : FlowNode
{
    public string? Assignee { get; init; }
    public string? CandidateGroups { get; init; }
    public string? CandidateUsers { get; init; }
    public string? FormKey { get; init; }

    /// <summary>ISO 8601 duration from creation or date-time, or an expression yielding one.</summary>
    public string? DueDate { get; init; }

    /// <summary>When the assignee should look at the task again; the same forms as <see cref="DueDate"/>.</summary>
    public string? FollowUpDate { get; init; }

    public IReadOnlyList<IoParameter> Outputs { get; init; } = [];
    public override string ElementType => "userTask";
}
