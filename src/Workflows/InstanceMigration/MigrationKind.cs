using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Gateways;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>
/// What an element is for migration purposes: its BPMN type and, for events, what it waits for. Two elements of the
/// same kind run the same handler and keep the same kind of wait state, so a token or bookmark can move between them.
/// </summary>
public static class MigrationKind
{
    public static string Of(FlowNode node)
    {
        var definition = node switch
        {
            IntermediateCatchEvent c => c.Definition,
            BoundaryEvent b => b.Definition,
            IntermediateThrowEvent t => (EventDefinition?)t.Link ?? (EventDefinition?)t.Escalation ?? t.Signal,
            EndEvent e => (EventDefinition?)e.Error ?? (EventDefinition?)e.Escalation ?? e.Signal,
            StartEvent s => s.Definition,
            _ => null,
        };
        var type = node is EventSubProcess ? "eventSubProcess" : node.ElementType;
        return definition is null ? type : $"{type}:{DefinitionKind(definition)}";
    }

    public static string DefinitionKind(EventDefinition definition) => definition switch
    {
        TimerDefinition => "timer",
        MessageDefinition => "message",
        SignalDefinition => "signal",
        ConditionalDefinition => "conditional",
        ErrorDefinition => "error",
        EscalationDefinition => "escalation",
        LinkDefinition => "link",
        _ => definition.GetType().Name,
    };

    /// <summary>
    /// Whether a running instance can rest on the element: a wait state, a scope, a join, or an asynchronous or
    /// multi-instance activity. Boundary events and event sub-process starts are not: their subscriptions are
    /// re-armed from the target version, not carried over one by one.
    /// </summary>
    public static bool CanHoldToken(FlowNode node) => node switch
    {
        _ when node.Async.Before || node.Loop is not null => true,
        UserTask or ReceiveTask or SubProcess or EventSubProcess or CallActivity or EventBasedGateway => true,
        IntermediateCatchEvent c => c.Definition is not LinkDefinition,
        ParallelGateway or InclusiveGateway => node.Incoming.Count > 1,
        _ => false,
    };

    /// <summary>The message or signal name a wait state listens for; null for timers and conditions.</summary>
    public static string? EventName(FlowNode node) => node switch
    {
        ReceiveTask r => r.Message.MessageName,
        IntermediateCatchEvent { Definition: MessageDefinition m } => m.MessageName,
        IntermediateCatchEvent { Definition: SignalDefinition s } => s.SignalName,
        BoundaryEvent { Definition: MessageDefinition m } => m.MessageName,
        BoundaryEvent { Definition: SignalDefinition s } => s.SignalName,
        StartEvent { Definition: MessageDefinition m } => m.MessageName,
        StartEvent { Definition: SignalDefinition s } => s.SignalName,
        _ => null,
    };

    /// <summary>The event a catch node waits for, or null.</summary>
    public static EventDefinition? Trigger(FlowNode node) => node switch
    {
        IntermediateCatchEvent c => c.Definition,
        BoundaryEvent b => b.Definition,
        StartEvent s => s.Definition,
        ReceiveTask r => r.Message,
        _ => null,
    };
}
