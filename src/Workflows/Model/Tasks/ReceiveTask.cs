using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>
/// Waits for <see cref="Message"/> like a message catch event, but is an activity: boundary events can be attached
/// and output parameters map the message's variables.
/// </summary>
public sealed record ReceiveTask : FlowNode
{
    public required MessageDefinition Message { get; init; }
    public IReadOnlyList<IoParameter> Outputs { get; init; } = [];
    public override string ElementType => "receiveTask";
}
