using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// A process as read from XML, before it is trusted: ids may repeat and flows may point nowhere. Rules inspect it;
/// only a draft without issues becomes a <see cref="ProcessModel"/>.
/// </summary>
internal sealed class ProcessDraft
{
    private readonly Dictionary<string, FlowNode> _nodes = new(StringComparer.Ordinal);

    public ProcessDraft(
        string processId,
        string? name,
        IReadOnlyList<FlowNode> nodes,
        IReadOnlyList<SequenceFlow> flows,
        IReadOnlySet<string>? reportedIds = null)
    {
        ReportedIds = reportedIds ?? new HashSet<string>();
        ProcessId = processId;
        Name = name;
        Nodes = nodes;
        Flows = flows;
        foreach (var node in nodes)
            _nodes.TryAdd(node.Id, node);
    }

    public string ProcessId { get; }
    public string? Name { get; }

    /// <summary><c>camunda:versionTag</c> on the process.</summary>
    public string? VersionTag { get; init; }
    public IReadOnlyList<FlowNode> Nodes { get; }
    public IReadOnlyList<SequenceFlow> Flows { get; }

    /// <summary>
    /// Elements the reader already reported (an unsupported condition language, say). Rules that judge content skip
    /// them, so one mistake yields one issue.
    /// </summary>
    public IReadOnlySet<string> ReportedIds { get; }

    public FlowNode? FindNode(string id) => _nodes.GetValueOrDefault(id);

    public IEnumerable<FlowNode> ChildrenOf(string? scopeId) => Nodes.Where(n => n.ScopeId == scopeId);
}
