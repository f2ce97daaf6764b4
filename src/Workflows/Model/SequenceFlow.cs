using System.Text.Json.Serialization;

namespace SocialInsurance.Workflows.Model;

/// <summary>A sequence flow; <see cref="Condition"/> is a JavaScript expression (with or without <c>${ }</c>).</summary>
public sealed record SequenceFlow(string Id, string SourceId, string TargetId)
{
    public string? Name { get; init; }
    public string? Condition { get; init; }

    /// <summary>The node <see cref="TargetId"/> names, wired when the <see cref="ProcessModel"/> is compiled (null on a parser draft).</summary>
    [JsonIgnore]
    public FlowNode Target { get; internal set; } = null!;
}
