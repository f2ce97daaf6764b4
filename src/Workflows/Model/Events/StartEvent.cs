namespace SocialInsurance.Workflows.Model.Events;

/// <summary>
/// A none start event, or one triggered by its <see cref="Definition"/>: a message, timer or signal (at process level
/// or in an event sub-process), or an error, escalation or condition (in an event sub-process only).
/// </summary>
public sealed record StartEvent : FlowNode
{
    public EventDefinition? Definition { get; init; }

    /// <summary>
    /// <c>isInterrupting</c>: meaningful only in an event sub-process, where an interrupting start ends the rest of
    /// the enclosing scope and a non-interrupting one runs beside it (and may fire again).
    /// </summary>
    public bool Interrupting { get; init; } = true;

    public MessageDefinition? Message => Definition as MessageDefinition;

    public bool IsNone => Definition is null;

    /// <summary><c>camunda:initiator</c>: the variable that receives the id of whoever started the instance.</summary>
    public string? Initiator { get; init; }
    public override string ElementType => "startEvent";
}
