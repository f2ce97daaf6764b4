using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Model.Events;

/// <summary>
/// A none throw event passes through (a milestone in the journal). A message throw runs its
/// <see cref="Implementation"/> like a send task, or passes through without one, as in Camunda 7. A link throw
/// (<see cref="Link"/>) jumps to its catch. An escalation throw raises <see cref="Escalation"/> and, unless an
/// interrupting boundary event ended its scope, continues.
/// </summary>
public sealed record IntermediateThrowEvent : FlowNode
{
    public TopicImplementation? Implementation { get; init; }
    public LinkDefinition? Link { get; init; }
    public EscalationDefinition? Escalation { get; init; }

    /// <summary>A signal throw: broadcast to every waiting instance once the step commits; the token goes on at once.</summary>
    public SignalDefinition? Signal { get; init; }

    /// <summary>A compensation throw: compensates its scope's completed activities (or one), waits for the handlers, then continues.</summary>
    public CompensationDefinition? Compensation { get; init; }
    public override string ElementType => "intermediateThrowEvent";
}
