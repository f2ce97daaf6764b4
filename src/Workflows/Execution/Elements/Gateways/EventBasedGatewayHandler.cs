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
        var model = context.Instance.Model;
        foreach (var flow in context.Node.Outgoing.Select(model.Flow))
        {
            var target = (IntermediateCatchEvent)model.Node(flow.TargetId);
            await context.Bookmarks.ArmAsync(context.Token, target, target.Definition);
        }

        context.Tokens.Update(context.Token, TokenStatus.Waiting);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload)
    {
        var flow = context.Node.Outgoing.Select(context.Instance.Model.Flow).First(f => f.TargetId == bookmark.ElementId);
        return context.Tokens.LeaveAsync(context.Token, context.Node, [flow], payload ?? []);
    }
}
