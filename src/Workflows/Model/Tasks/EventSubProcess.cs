using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>
/// An event sub-process (<c>subProcess triggeredByEvent="true"</c>): no flow enters it; its start event's
/// <see cref="Trigger"/> starts it while its enclosing scope (<see cref="FlowNode.ScopeId"/>, null for the process)
/// runs. Interrupting: the scope's other tokens end first. Non-interrupting: it runs beside them, as often as its
/// trigger fires. The scope ends only when these instances have ended too.
/// </summary>
public sealed record EventSubProcess : FlowNode
{
    public required string StartEventId { get; init; }
    public required EventDefinition Trigger { get; init; }
    public bool Interrupting { get; init; } = true;
    public override string ElementType => "subProcess";
}
