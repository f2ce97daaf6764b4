using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Execution.Elements.Gateways;

/// <summary>
/// Arms every event after it on the gateway's own token; the first to fire wins, the gateway leaves towards it, and
/// leaving removes the losers' bookmarks in the same step, so a late timer job finds nothing to fire.
/// </summary>
public sealed class EventBasedGatewayHandler : IElementHandler
{
    public async Task ActivateAsync(ElementContext context)
    {
        foreach (var flow in context.Node.OutgoingFlows)
        {
            var target = (IntermediateCatchEvent)flow.Target;
            await context.Bookmarks.ArmAsync(context.Token, target, target.Definition);
        }

        context.Tokens.Update(context.Token, TokenStatus.Waiting);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload)
    {
        var flow = context.Node.OutgoingFlows.First(f => f.TargetId == bookmark.ElementId);
        return context.Tokens.LeaveAsync(context.Token, context.Node, [flow], payload ?? []);
    }
}
