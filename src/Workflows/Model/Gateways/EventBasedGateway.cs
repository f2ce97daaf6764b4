namespace SocialInsurance.Workflows.Model.Gateways;

/// <summary>Arms every following catch event (message or timer); the first to fire wins and the others are cancelled.</summary>
public sealed record EventBasedGateway : FlowNode
{
    public override string ElementType => "eventBasedGateway";
}
