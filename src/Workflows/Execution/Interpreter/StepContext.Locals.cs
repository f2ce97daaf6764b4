using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Tokens;

namespace SocialInsurance.Workflows.Execution.Interpreter;

/// <summary>
/// Local variables, as Camunda 7 scopes them for multi-instance: a token and the tokens inside it see their own
/// locals above the instance's variables. Writes still go to the instance (Camunda's <c>setVariable</c> creates a
/// variable at the process instance when no scope has it), so a 会签 reviewer's decision is visible after the loop.
/// </summary>
public sealed partial class StepContext
{
    /// <summary>
    /// The variables an expression of <paramref name="token"/> sees. The instance's own object when no enclosing
    /// token has locals (the usual case, no copy); otherwise a copy with the locals laid over it, innermost last.
    /// </summary>
    public JsonObject VariablesOf(Token token)
    {
        var scopes = new List<JsonObject>();
        for (Token? current = token; current is not null; current = current.ParentId is { } parent ? FindToken(parent) : null)
        {
            if (current.Locals is { Count: > 0 } locals)
            {
                scopes.Add(locals);
            }
        }

        if (scopes.Count == 0)
        {
            return Variables;
        }

        var view = Variables.DeepClone().AsObject();
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            foreach (var (name, value) in scopes[i])
            {
                view[name] = value?.DeepClone();
            }
        }

        return view;
    }

    /// <summary>Replaces a token's locals (the token record is immutable; the instance keeps the new one).</summary>
    public Token WithLocals(Token token, JsonObject locals)
    {
        var updated = token with { Locals = locals };
        Instance.Tokens[Instance.Tokens.FindIndex(t => t.Id == token.Id)] = updated;
        return updated;
    }

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
}
