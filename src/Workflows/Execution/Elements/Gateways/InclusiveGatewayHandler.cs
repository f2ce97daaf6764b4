using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Gateways;

namespace SocialInsurance.Workflows.Execution.Elements.Gateways;

/// <summary>
/// As a join it fires once no other token of its scope can still arrive (Camunda 7's rule), consuming every token
/// waiting there; it is looked at again whenever a token of the scope moves on (see StepContext.LeaveAsync), so a
/// branch that ends elsewhere releases it. As a split it takes every flow whose condition holds, else the default.
/// The join journals its activation once, when it fires.
/// </summary>
public sealed class InclusiveGatewayHandler : IElementHandler
{
    public bool JournalsOwnActivation => true;

    public async Task ActivateAsync(ElementContext context)
    {
        var gateway = context.NodeAs<InclusiveGateway>();
        if (gateway.Incoming.Count <= 1)
        {
            context.Journal.Write(gateway, JournalEvents.Activated, context.Token);
            await SplitAsync(context, context.Token, gateway);
            return;
        }

        context.Tokens.Update(context.Token, TokenStatus.Joined);
        await TryJoinAsync(context, context.Token.ParentId);
    }

    /// <summary>Fires the join of the context's gateway if a token waits there and nothing else in its scope can still arrive.</summary>
    public static async Task TryJoinAsync(ElementContext context, int? scopeTokenId)
    {
        var gateway = context.NodeAs<InclusiveGateway>();
        var waiting = new List<Token>();
        foreach (var token in context.Tokens.InScope(scopeTokenId))
        {
            if (token.ElementId == gateway.Id && token.Status == TokenStatus.Joined)
                waiting.Add(token);
            else if (context.Instance.Model.CanReach(token.ElementId, gateway.Id))
                return;
        }

        if (waiting.Count == 0)
            return;

        var survivor = waiting[^1];
        foreach (var consumed in waiting.Take(waiting.Count - 1))
            context.Tokens.Consume(consumed);

        context.Journal.Write(gateway, JournalEvents.Activated, survivor);
        await SplitAsync(context, survivor, gateway);
    }

    private static Task SplitAsync(ElementContext context, Token token, InclusiveGateway gateway)
    {
        var taken = new List<SequenceFlow>();
        foreach (var flow in gateway.OutgoingFlows)
        {
            if (flow.Id != gateway.DefaultFlowId
                && (flow.Condition is null || context.Expressions.EvaluateCondition(flow.Condition, context.Variables.ScopeFor(token))))
                taken.Add(flow);
        }

        if (taken.Count == 0 && gateway.DefaultFlow is { } defaultFlow)
            taken.Add(defaultFlow);
        if (taken.Count == 0)
            throw new IncidentException(IncidentCodes.NoOutgoingFlow.Cause(
                $"Expected at least one condition of inclusive gateway '{gateway.Id}' to hold or a default flow, but no condition held and there is no default flow."));

        return context.Tokens.LeaveAsync(token, gateway, taken);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected no wait state on inclusive gateway '{context.Node.Id}'.");
}
