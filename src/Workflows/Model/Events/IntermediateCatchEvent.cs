namespace SocialInsurance.Workflows.Model.Events;

public sealed record IntermediateCatchEvent : FlowNode
{
    public required EventDefinition Definition { get; init; }
    public override string ElementType => "intermediateCatchEvent";
}
