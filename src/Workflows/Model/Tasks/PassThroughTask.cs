namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>
/// A <c>task</c> or <c>manualTask</c>: nothing for the engine to do (the work happens outside it, undocumented), so
/// the token passes through as in Camunda 7. Boundary events may be attached but never get the chance to fire.
/// </summary>
public sealed record PassThroughTask : FlowNode
{
    /// <summary><c>task</c> or <c>manualTask</c>, as written.</summary>
    public required string Kind { get; init; }
    public override string ElementType => Kind;
}
