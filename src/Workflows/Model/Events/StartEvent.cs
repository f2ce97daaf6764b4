namespace SocialInsurance.Workflows.Model.Events;

/// <summary>A none start event, or a message start event when <see cref="Message"/> is set.</summary>
public sealed record StartEvent : FlowNode
{
    public MessageDefinition? Message { get; init; }

    /// <summary><c>camunda:initiator</c>: the variable that receives the id of whoever started the instance.</summary>
    public string? Initiator { get; init; }
    public override string ElementType => "startEvent";
}
