namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>
/// An embedded sub-process: a scope for boundary events. Its child nodes carry <see cref="FlowNode.ScopeId"/> = this id;
/// it completes when its last token ends.
/// </summary>
public sealed record SubProcess : FlowNode, IVariableMapping
{
    public required string StartEventId { get; init; }
    public IReadOnlyList<IoParameter> LocalInputs { get; init; } = [];
    public IReadOnlyList<IoParameter> Outputs { get; init; } = [];
    public override string ElementType => "subProcess";
}
