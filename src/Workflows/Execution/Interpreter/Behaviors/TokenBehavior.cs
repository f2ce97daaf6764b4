using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Elements.Behaviors;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Interpreter.Behaviors;

internal sealed class TokenBehavior(StepContext step) : ITokenBehavior
{
    public Token? Find(int id) => step.FindToken(id);

    public IReadOnlyList<Token> InScope(int? scopeTokenId) => step.TokensIn(scopeTokenId);

    public Token Create(string elementId, int? parentId) => step.NewToken(elementId, parentId);

    public Token CreateInner(Token body, int loopCounter, JsonObject locals) => step.NewInnerToken(body, loopCounter, locals);

    public Token Update(Token token, TokenStatus status) => step.Update(token, status);

    public void Consume(Token token) => step.RemoveToken(token);

    public void Arrive(Token token, FlowNode node, JsonObject? trigger = null) => step.Arrive(token, node, trigger);

    public Task LeaveAsync(Token token, FlowNode node, IReadOnlyList<SequenceFlow>? flows = null, JsonObject? triggerForTarget = null, JsonNode? completedData = null) =>
        step.LeaveAsync(token, node, flows, triggerForTarget, completedData);

    public Task EndAsync(Token token, FlowNode node) => step.EndAsync(token, node);

    public Task TerminateAsync(Token token) => step.TerminateAsync(token);

    public Task TerminateScopeAsync(int? scopeTokenId, int exceptTokenId) => step.TerminateScopeAsync(scopeTokenId, exceptTokenId);
}
