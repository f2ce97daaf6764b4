namespace SocialInsurance.Workflows.Model.Gateways;

/// <summary>Takes the first outgoing flow whose condition holds, in document order, else the default flow.</summary>
public sealed record ExclusiveGateway : FlowNode
{
    public string? DefaultFlowId { get; init; }
    public override string ElementType => "exclusiveGateway";
}
