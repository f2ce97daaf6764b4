using System.Xml.Linq;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Parsing;

/// <summary>What the readers of one process share: where they are, what they have read, and where problems go.</summary>
internal sealed class ReaderContext(
    BpmnParserOptions options,
    IReadOnlyDictionary<string, MessageDeclaration> messages,
    List<ValidationIssue> issues)
{
    public BpmnParserOptions Options { get; } = options;
    public IReadOnlyDictionary<string, MessageDeclaration> Messages { get; } = messages;

    /// <summary><c>bpmn:error</c> ids and their codes (null when the declaration has none).</summary>
    public IReadOnlyDictionary<string, string?> Errors { get; init; } = new Dictionary<string, string?>();

    /// <summary><c>bpmn:signal</c> ids and their names.</summary>
    public IReadOnlyDictionary<string, string?> Signals { get; init; } = new Dictionary<string, string?>();

    /// <summary><c>bpmn:escalation</c> ids and their codes.</summary>
    public IReadOnlyDictionary<string, string?> Escalations { get; init; } = new Dictionary<string, string?>();
    public List<FlowNode> Nodes { get; } = [];
    public List<SequenceFlow> Flows { get; } = [];

    /// <summary>The embedded sub-process being read; null at process level.</summary>
    public string? ScopeId { get; private set; }

    private readonly HashSet<string> _reportedIds = new(StringComparer.Ordinal);

    public IReadOnlySet<string> ReportedIds => _reportedIds;

    public void Report(XElement element, string code, string message)
    {
        _reportedIds.Add(element.IdOf());
        issues.Add(new ValidationIssue(element.IdOf(), element.Name.LocalName, code, message));
    }

    /// <summary>Keeps the id of an element that was reported, so flows to it are not reported a second time.</summary>
    public void AddUnsupported(XElement element)
    {
        if (element.IdOf() is { Length: > 0 } id)
            Nodes.Add(new UnsupportedElement(element.Name.LocalName) { Id = id, ScopeId = ScopeId });
    }

    public void InScope(string scopeId, Action read)
    {
        var outer = ScopeId;
        ScopeId = scopeId;
        try
        {
            read();
        }
        finally
        {
            ScopeId = outer;
        }
    }
}
