using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SocialInsurance.Workflows.Execution.Tokens;

/// <summary>
/// A position in the graph. <see cref="ParentId"/> is the token of the enclosing sub-process, so terminating a scope
/// finds its children without a graph walk. <see cref="ArrivedVia"/> is the flow a joining token came through.
/// </summary>
public sealed record Token(int Id, string ElementId, int? ParentId, TokenStatus Status)
{
    public string? ArrivedVia { get; init; }

    /// <summary>
    /// Set on the inner tokens of a multi-instance activity (their parent is the body token standing on the same
    /// element); null on the body and on every single-instance token.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? LoopCounter { get; init; }

    /// <summary>
    /// Variables local to this token and the tokens inside it (Camunda's local scope): an activity's
    /// <c>camunda:inputParameter</c>s, the multi-instance counters on a body, <c>loopCounter</c> and the element
    /// variable on an inner token. Reads see them above the enclosing scopes' and the instance's variables (see
    /// <c>StepContext.ScopeFor</c>); they vanish when the token ends. Null when the token has none.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Locals { get; init; }

    /// <summary>On a call activity's token: the child instance it started and waits for (ending the token cancels it).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Guid? CalledInstanceId { get; init; }
}
