using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Elements.Behaviors;

/// <summary>
/// Moving tokens (Zeebe's BpmnStateTransitionBehavior). A token is a value: every change returns the new token, and
/// the caller goes on with that one.
/// </summary>
public interface ITokenBehavior
{
    Token? Find(int id);

    /// <summary>The tokens directly inside a scope (null: the process), as they are now.</summary>
    IReadOnlyList<Token> InScope(int? scopeTokenId);

    Token Create(string elementId, int? parentId);

    /// <summary>An inner token of a multi-instance body, standing on the same element with its own locals.</summary>
    Token CreateInner(Token body, int loopCounter, JsonObject locals);

    Token Update(Token token, TokenStatus status);

    /// <summary>A join absorbs a token that waited there: it ends without an entry of its own.</summary>
    void Consume(Token token);

    /// <summary>Queues a token's arrival at its element (an <c>asyncBefore</c> element waits for its job there).</summary>
    void Arrive(Token token, FlowNode node, JsonObject? trigger = null);

    /// <summary>
    /// Completes the element and moves the token along the given flows (all outgoing flows when null).
    /// <paramref name="completedData"/> goes on the Completed entry (a task's submitted form: the progress view shows it).
    /// </summary>
    Task LeaveAsync(Token token, FlowNode node, IReadOnlyList<SequenceFlow>? flows = null, JsonObject? triggerForTarget = null, JsonNode? completedData = null);

    /// <summary>The token ends here (an end event), and its scope with it if it was the last.</summary>
    Task EndAsync(Token token, FlowNode node);

    /// <summary>Ends a token that did not finish its element, with everything inside it.</summary>
    Task TerminateAsync(Token token);

    /// <summary>A terminate end event: every other token of its scope ends now.</summary>
    Task TerminateScopeAsync(int? scopeTokenId, int exceptTokenId);
}
