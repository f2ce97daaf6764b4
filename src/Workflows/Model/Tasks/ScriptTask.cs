namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>A JavaScript script run in the sandbox; its completion value goes to <see cref="ResultVariable"/> if set.</summary>
public sealed record ScriptTask : FlowNode, IVariableMapping
{
    public IReadOnlyList<IoParameter> LocalInputs { get; init; } = [];
    public IReadOnlyList<IoParameter> Outputs { get; init; } = [];
    public required string Script { get; init; }
    public string? ResultVariable { get; init; }
    public override string ElementType => "scriptTask";
}
