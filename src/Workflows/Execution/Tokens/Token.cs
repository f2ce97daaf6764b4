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
    /// Local variables of the activity this token stands on (its <c>camunda:inputParameter</c>s), visible to it and,
    /// for a sub-process, to every token inside; gone when the token leaves. Null when the activity has none.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? Locals { get; init; }
}
