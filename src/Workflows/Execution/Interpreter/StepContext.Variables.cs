using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Tokens;

namespace SocialInsurance.Workflows.Execution.Interpreter;

/// <summary>
/// Variable scopes as in Camunda 7: the instance's variables, overlaid by the local variables of each enclosing
/// token (outermost first). A token's <see cref="Token.Locals"/> are its activity's input parameters and, on a
/// multi-instance activity, the body's <c>nrOf…</c> counters and each inner instance's <c>loopCounter</c> and
/// element variable. Reading sees the innermost value of a name; writing a name goes to the innermost scope that
/// already holds it, else to the instance, so a script inside a sub-process updates the sub-process's local counter
/// but a new name (a 会签 reviewer's decision) lands where everyone sees it, also after the loop.
/// </summary>
internal sealed partial class StepContext
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

    /// <summary>An inner token of a multi-instance body, standing on the same element with its own locals.</summary>
    public Token NewInnerToken(Token body, int loopCounter, JsonObject locals)
    {
        var token = new Token(Instance.NextTokenId++, body.ElementId, body.Id, TokenStatus.Waiting)
        {
            LoopCounter = loopCounter,
            Locals = locals,
        };
        Instance.Tokens.Add(token);
        return token;
    }

    /// <summary>The locals a token had with <paramref name="added"/> laid over them (a fresh object; neither input changes).</summary>
    internal static JsonObject Overlay(JsonObject? locals, JsonObject added)
    {
        if (locals is not { Count: > 0 })
            return added;
        var merged = locals.DeepClone().AsObject();
        foreach (var (name, value) in added)
            merged[name] = value?.DeepClone();
        return merged;
    }

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
