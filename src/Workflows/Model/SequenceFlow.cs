namespace SocialInsurance.Workflows.Model;

/// <summary>A sequence flow; <see cref="Condition"/> is a JavaScript expression (with or without <c>${ }</c>).</summary>
public sealed record SequenceFlow(string Id, string SourceId, string TargetId)
{
    public string? Name { get; init; }
    public string? Condition { get; init; }
}
