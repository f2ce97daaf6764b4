using System.Text.Json.Serialization;

namespace SocialInsurance.Workflows.Model.Gateways;

/// <summary>Takes the first outgoing flow whose condition holds, in document order, else the default flow.</summary>
public sealed record ExclusiveGateway : FlowNode
{
    public string? DefaultFlowId { get; init; }

    /// <summary>The flow <see cref="DefaultFlowId"/> names, wired when the <see cref="ProcessModel"/> is compiled.</summary>
    [JsonIgnore]
    public SequenceFlow? DefaultFlow { get; internal set; }
    public override string ElementType => "exclusiveGateway";
}
