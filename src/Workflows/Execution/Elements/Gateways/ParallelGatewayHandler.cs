using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;

namespace SocialInsurance.Workflows.Execution.Elements.Gateways;

/// <summary>
/// Forks onto every outgoing flow. As a join it fires once a token has arrived on every incoming flow of the same
/// scope, consuming one token per flow; a second token on a flow waits for the next round. The join journals its
/// activation once, when it fires, as Zeebe does.
/// </summary>
public sealed class ParallelGatewayHandler : IElementHandler
{
    public bool JournalsOwnActivation => true;

    public async Task ActivateAsync(ElementContext context)
    {
        var tokens = context.Tokens;
        var gateway = context.Node;
        if (gateway.Incoming.Count <= 1)
        {
            context.Journal.Write(gateway, JournalEvents.Activated, context.Token);
            await tokens.LeaveAsync(context.Token, gateway);
            return;
        }

        tokens.Update(context.Token, TokenStatus.Joined);
        var waiting = tokens.InScope(context.Token.ParentId)
            .Where(t => t.ElementId == gateway.Id && t.Status == TokenStatus.Joined)
            .ToArray();
        var onePerFlow = new List<Token>();
        foreach (var flow in gateway.Incoming)
        {
            var arrived = waiting.FirstOrDefault(t => t.ArrivedVia == flow);
            if (arrived is null)
            {
                return;
            }

            onePerFlow.Add(arrived);
        }

        var survivor = onePerFlow[^1];
        foreach (var consumed in onePerFlow.Take(onePerFlow.Count - 1))
        {
            tokens.Consume(consumed);
        }

        context.Journal.Write(gateway, JournalEvents.Activated, survivor);
        await tokens.LeaveAsync(survivor, gateway);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected no wait state on parallel gateway '{context.Node.Id}'.");
}
