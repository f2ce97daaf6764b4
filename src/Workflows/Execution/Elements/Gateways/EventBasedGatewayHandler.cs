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
        var step = context.Step;
        foreach (var flow in context.Node.Outgoing.Select(step.Model.Flow))
        {
            var target = (IntermediateCatchEvent)step.Model.Node(flow.TargetId);
            await step.ArmEventAsync(context.Token, target, target.Definition);
        }

        step.Update(context.Token, TokenStatus.Waiting);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload)
    {
        var step = context.Step;
        var flow = context.Node.Outgoing.Select(step.Model.Flow).First(f => f.TargetId == bookmark.ElementId);
        return step.LeaveAsync(context.Token, context.Node, [flow], payload ?? []);
    }
}
