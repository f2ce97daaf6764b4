namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>
/// Starts another deployed process as a child instance and waits for it: the child's completion continues here, its
/// uncaught BPMN error is thrown here, and ending this activity cancels the child.
/// </summary>
public sealed record CallActivity : FlowNode
{
    /// <summary>The called process's key (<c>calledElement</c>), a literal or an expression.</summary>
    public required string CalledElement { get; init; }
    public CalledElementBinding Binding { get; init; } = CalledElementBinding.Latest;

    /// <summary>Set exactly when <see cref="Binding"/> is <see cref="CalledElementBinding.Version"/>; checked by the rules.</summary>
    public int? Version { get; init; }

    /// <summary>Set exactly when <see cref="Binding"/> is <see cref="CalledElementBinding.VersionTag"/>; checked by the rules.</summary>
    public string? VersionTag { get; init; }

    /// <summary><c>camunda:in businessKey="..."</c>: the child's business key; the child has none without it, as in Camunda 7.</summary>
    public string? BusinessKey { get; init; }

    public IReadOnlyList<CallVariableMapping> Inputs { get; init; } = [];
    public IReadOnlyList<CallVariableMapping> Outputs { get; init; } = [];
    public override string ElementType => "callActivity";
}
