namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>
/// A human task. Assignee, candidates, due date and priority may be literals or <c>${...}</c> expressions, evaluated
/// when the task is created. Each candidate entry is a comma-separated list or an expression yielding a list or such
/// a text; <c>camunda:candidateUsers</c>/<c>candidateGroups</c> and BPMN's <c>potentialOwner</c> add up.
/// </summary>
public sealed record UserTask : FlowNode, IVariableMapping
{
    /// <summary>Camunda 7's default priority: a task nobody ranked sorts in the middle.</summary>
    public const int DefaultPriority = 50;

    public string? Assignee { get; init; }
    public IReadOnlyList<string> CandidateGroups { get; init; } = [];
    public IReadOnlyList<string> CandidateUsers { get; init; } = [];

    /// <summary>The key of a deployed form, with Camunda's <c>camunda-forms:deployment:</c> prefix already removed.</summary>
    public string? FormKey { get; init; }

    /// <summary>ISO 8601 duration from creation or date-time, or an expression yielding one.</summary>
    public string? DueDate { get; init; }

    /// <summary>An integer or an expression yielding one; <see cref="DefaultPriority"/> when absent.</summary>
    public string? Priority { get; init; }

    public IReadOnlyList<TaskListener> Listeners { get; init; } = [];
    public IReadOnlyList<IoParameter> LocalInputs { get; init; } = [];

    /// <summary>When the assignee should look at the task again; the same forms as <see cref="DueDate"/>.</summary>
    public string? FollowUpDate { get; init; }

    public IReadOnlyList<IoParameter> Outputs { get; init; } = [];
    public override string ElementType => "userTask";
}
