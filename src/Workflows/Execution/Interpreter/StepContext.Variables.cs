using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Tokens;

namespace SocialInsurance.Workflows.Execution.Interpreter;

/// <summary>
/// Variable scopes as in Camunda 7: the instance's variables, overlaid by the local variables of each enclosing
/// activity (outermost first). Reading sees the innermost value of a name; writing a name goes to the innermost
/// scope that already holds it, else to the instance, so a script inside a sub-process updates the sub-process's
/// local counter but a new name lands where everyone sees it.
/// </summary>
public sealed partial class StepContext
{
    /// <summary>The variables an element standing on <paramref name="token"/> sees; the instance's own object when no scope has locals.</summary>
    public JsonObject ScopeFor(Token? token)
    {
        var chain = Chain(token).Where(t => t.Locals is { Count: > 0 }).Reverse().ToList();
        if (chain.Count == 0)
            return Variables;
        var scope = Variables.DeepClone().AsObject();
        foreach (var scoped in chain)
        {
            foreach (var (name, value) in scoped.Locals!)
                scope[name] = value?.DeepClone();
        }

        return scope;
    }

    /// <summary>Sets each variable in the innermost scope from <paramref name="token"/> outwards that holds it, else on the instance.</summary>
    public void SetVariables(Token? token, JsonObject? variables)
    {
        foreach (var (name, value) in variables ?? [])
            SetVariable(token, name, value);
    }

    public void SetVariable(Token? token, string name, JsonNode? value)
    {
        foreach (var scoped in Chain(token))
        {
            if (scoped.Locals is { } locals && locals.ContainsKey(name))
            {
                var changed = locals.DeepClone().AsObject();
                changed[name] = value?.DeepClone();
                Replace(scoped with { Locals = changed });
                return;
            }
        }

        Variables[name] = value?.DeepClone();
    }

    /// <summary>Gives the token its activity's local variables (input parameters), replacing any it had.</summary>
    public Token SetLocals(Token token, JsonObject locals) => Replace(token with { Locals = locals });

    /// <summary>The scope a token's activity writes its outputs to: its enclosing sub-process's token, or the instance.</summary>
    public Token? Parent(Token token) => token.ParentId is { } id ? FindToken(id) : null;

    private IEnumerable<Token> Chain(Token? token)
    {
        // Re-read by id: the caller may hold a copy from before a local changed.
        for (var current = token is null ? null : FindToken(token.Id) ?? token; current is not null;
             current = current.ParentId is { } parent ? FindToken(parent) : null)
            yield return current;
    }

    private Token Replace(Token token)
    {
        var index = Instance.Tokens.FindIndex(t => t.Id == token.Id);
        if (index >= 0)
            Instance.Tokens[index] = token;
        return token;
    }
}
