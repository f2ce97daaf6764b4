namespace SocialInsurance.Workflows.Model.Events;

/// <summary>
/// A timer, message, error or escalation event on the boundary of a task or sub-process. Interrupting (<see cref="CancelActivity"/>)
/// cancels the activity and its open wait states; non-interrupting spawns a token and leaves the activity open.
/// </summary>
public sealed record BoundaryEvent : FlowNode
{
    public required string AttachedToId { get; init; }
    public bool CancelActivity { get; init; } = true;
    public required EventDefinition Definition { get; init; }
    public override string ElementType => "boundaryEvent";
}
