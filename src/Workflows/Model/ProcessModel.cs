using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Model;

/// <summary>
/// The executable graph of one BPMN process, compiled once per deployed version. Immutable and shared between
/// threads; every lookup a handler needs is precomputed here.
/// </summary>
public sealed class ProcessModel
{
    private readonly IReadOnlyDictionary<string, FlowNode> _nodes;
    private readonly IReadOnlyDictionary<string, SequenceFlow> _flows;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<BoundaryEvent>> _boundaryEvents;

    public ProcessModel(
        string key,
        string? name,
        IEnumerable<FlowNode> nodes,
        IEnumerable<SequenceFlow> flows,
        IEnumerable<MessageDeclaration> messages)
    {
        Key = key;
        Name = name;
        (var wiredNodes, var wiredFlows) = FlowWiring.Wire(nodes, flows);
        Nodes = wiredNodes;
        _nodes = Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        _flows = wiredFlows.ToDictionary(f => f.Id, StringComparer.Ordinal);
        Messages = messages.ToArray();
        _boundaryEvents = Nodes.OfType<BoundaryEvent>()
            .GroupBy(b => b.AttachedToId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<BoundaryEvent>)g.ToArray(), StringComparer.Ordinal);
        NoneStartEvent = Nodes.OfType<StartEvent>().SingleOrDefault(s => s.ScopeId is null && s.IsNone);
        MessageStartEvents = Nodes.OfType<StartEvent>().Where(s => s.ScopeId is null && s.Message is not null).ToArray();
        TimerStartEvents = Nodes.OfType<StartEvent>().Where(s => s.ScopeId is null && s.Definition is TimerDefinition).ToArray();
        SignalStartEvents = Nodes.OfType<StartEvent>().Where(s => s.ScopeId is null && s.Definition is SignalDefinition).ToArray();
        _eventSubProcesses = Nodes.OfType<Tasks.EventSubProcess>()
            .GroupBy(e => e.ScopeId ?? "", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Tasks.EventSubProcess>)g.ToArray(), StringComparer.Ordinal);
        HasConditionalEvents = Nodes.Any(n => n switch
        {
            IntermediateCatchEvent c => c.Definition is ConditionalDefinition,
            BoundaryEvent b => b.Definition is ConditionalDefinition,
            Tasks.EventSubProcess e => e.Trigger is ConditionalDefinition,
            _ => false,
        });
        HasCompensation = Nodes.OfType<BoundaryEvent>().Any(b => b.Definition is CompensationDefinition);
        _reachability = new Reachability(this);
    }

    private readonly Reachability _reachability;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Tasks.EventSubProcess>> _eventSubProcesses;

    /// <summary>The event sub-processes directly inside a scope (a sub-process id, or null for the process).</summary>
    public IReadOnlyList<Tasks.EventSubProcess> EventSubProcessesOf(string? scopeId) =>
        _eventSubProcesses.TryGetValue(scopeId ?? "", out var events) ? events : [];

    /// <summary>Whether any conditional event exists: only then does a step look at variable changes.</summary>
    public bool HasConditionalEvents { get; }

    /// <summary>Process-level timer start events: the process is started on their schedule.</summary>
    public IReadOnlyList<StartEvent> TimerStartEvents { get; }

    /// <summary>Process-level signal start events: a broadcast of their signal starts an instance.</summary>
    public IReadOnlyList<StartEvent> SignalStartEvents { get; }

    /// <summary>Whether a token standing on <paramref name="fromId"/> could still arrive at <paramref name="targetId"/> (or is there).</summary>
    public bool CanReach(string fromId, string targetId) => _reachability.CanReach(fromId, targetId);

    /// <summary>The BPMN process id; instances are started by this key.</summary>
    public string Key { get; }
    public string? Name { get; }

    /// <summary><c>camunda:versionTag</c> on the process: what a call activity's <c>versionTag</c> binding looks for.</summary>
    public string? VersionTag { get; init; }
    public IReadOnlyList<FlowNode> Nodes { get; }
    public IReadOnlyCollection<SequenceFlow> Flows => (IReadOnlyCollection<SequenceFlow>)_flows.Values;
    public IReadOnlyList<MessageDeclaration> Messages { get; }
    public StartEvent? NoneStartEvent { get; }
    public IReadOnlyList<StartEvent> MessageStartEvents { get; }

    public FlowNode Node(string id) =>
        _nodes.TryGetValue(id, out var node)
            ? node
            : throw new KeyNotFoundException($"Expected element '{id}' in process '{Key}', but it is not there.");

    public bool TryGetNode(string id, out FlowNode node) => _nodes.TryGetValue(id, out node!);

    public SequenceFlow Flow(string id) =>
        _flows.TryGetValue(id, out var flow)
            ? flow
            : throw new KeyNotFoundException($"Expected sequence flow '{id}' in process '{Key}', but it is not there.");

    /// <summary>Whether any activity has a compensation boundary event: only then are completions recorded for compensation.</summary>
    public bool HasCompensation { get; }

    /// <summary>The compensation handler of an activity (through its compensation boundary event), if it has one.</summary>
    public string? CompensationHandlerOf(string activityId) =>
        BoundaryEventsOf(activityId).Select(b => b.Definition).OfType<CompensationDefinition>().FirstOrDefault()?.HandlerId;

    public IReadOnlyList<BoundaryEvent> BoundaryEventsOf(string activityId) =>
        _boundaryEvents.TryGetValue(activityId, out var events) ? events : [];

    /// <summary>The link catch event a link throw in <paramref name="scopeId"/> jumps to; validation makes it unique.</summary>
    public IntermediateCatchEvent? LinkCatch(string? scopeId, string name) =>
        Nodes.OfType<IntermediateCatchEvent>()
            .FirstOrDefault(c => c.ScopeId == scopeId && c.Definition is LinkDefinition link && link.Name == name);

    public MessageDeclaration? MessageNamed(string name) => Messages.FirstOrDefault(m => m.Name == name);
}
