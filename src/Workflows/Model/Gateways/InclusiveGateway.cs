using System.Text.Json.Serialization;

namespace SocialInsurance.Workflows.Model.Gateways;

/// <summary>
/// Splits onto every outgoing flow whose condition holds (a flow without a condition always), else the default flow.
/// Joins, as in Camunda 7, once no other token of its scope can still arrive: it waits only for the branches that
/// were taken.
/// </summary>
public sealed record InclusiveGateway : FlowNode
{
    public string? DefaultFlowId { get; init; }

    /// <summary>The flow <see cref="DefaultFlowId"/> names, wired when the <see cref="ProcessModel"/> is compiled.</summary>
    [JsonIgnore]
    public SequenceFlow? DefaultFlow { get; internal set; }
    public override string ElementType => "inclusiveGateway";
}
