using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Tokens;

namespace SocialInsurance.Workflows.Execution.Elements.Behaviors;

/// <summary>Variable scopes as Camunda 7 has them (see <c>StepContext.Variables</c>): reads see the innermost value, writes go where the name lives.</summary>
public interface IVariableBehavior
{
    /// <summary>
    /// The variables an element standing on <paramref name="token"/> sees. Read it, never write to it: without
    /// locals it is the instance's own object, and writes belong in <see cref="Set(Token?, JsonObject?)"/>.
    /// </summary>
    JsonObject ScopeFor(Token? token);

    /// <summary>Sets each variable in the innermost scope from <paramref name="token"/> outwards that holds it, else on the instance.</summary>
    void Set(Token? token, JsonObject? variables);

    void Set(Token? token, string name, JsonNode? value);

    /// <summary>Gives the token its local variables, replacing any it had.</summary>
    Token SetLocals(Token token, JsonObject locals);

    /// <summary>Writes onto the instance whatever scope holds the names (an event's payload, a caught error's variables).</summary>
    void Merge(JsonObject? variables);

    /// <summary>The scope a token's activity writes its outputs to: its enclosing scope's token, or null for the instance.</summary>
    Token? Parent(Token token);
}
