using System.Text.Json.Serialization;

namespace SocialInsurance.Workflows.Model;

/// <summary>
/// A node of the executable graph. Built once per deployed version by the parser and never changed afterwards:
/// handlers read it on every step, so everything they need (flows, defaults, boundary events) is resolved up front.
/// </summary>
public abstract record FlowNode
{
    public required string Id { get; init; }
    public string? Name { get; init; }

    /// <summary>The embedded sub-process that contains this node; null at process level.</summary>
    public string? ScopeId { get; init; }

    public IReadOnlyList<string> Incoming { get; init; } = [];
    public IReadOnlyList<string> Outgoing { get; init; } = [];

    /// <summary>
    /// <see cref="Outgoing"/> resolved, in the same (document) order, each flow holding its target node: wired once
    /// when the <see cref="ProcessModel"/> is compiled, so a step follows references instead of looking ids up. Empty
    /// on a parser draft. Not serialised: flows and nodes refer to each other.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<SequenceFlow> OutgoingFlows { get; internal set; } = [];

    /// <summary><c>camunda:asyncBefore</c> and its retry cycle; <see cref="AsyncSettings.None"/> when synchronous.</summary>
    public AsyncSettings Async { get; init; } = AsyncSettings.None;

    /// <summary>Set when the activity is multi-instance: a body token then stands on it and runs one inner token per instance.</summary>
    public MultiInstanceLoopCharacteristics? Loop { get; init; }

    /// <summary><c>isForCompensation="true"</c>: a compensation handler, run only when compensation reaches its activity.</summary>
    public bool IsForCompensation { get; init; }

    /// <summary>The BPMN element name as written in XML (<c>userTask</c>, <c>exclusiveGateway</c>), used in journals and errors.</summary>
    public abstract string ElementType { get; }

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : Name!;
}
