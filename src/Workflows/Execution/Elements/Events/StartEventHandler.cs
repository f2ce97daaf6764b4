using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Execution.Elements.Events;

public sealed class StartEventHandler : IElementHandler
{
    public Task ActivateAsync(ElementContext context)
    {
        context.Variables.Merge(context.Trigger);
        // Camunda 7 stores the authenticated user; a start by the system (a message, a job) has none and sets nothing.
        if (context.Node is StartEvent { Initiator: { } variable } && context.Instance.Actor != Actor.System)
        {
            context.Variables.Merge(new JsonObject { [variable] = context.Instance.Actor.Id });
        }

        return context.Tokens.LeaveAsync(context.Token, context.Node);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected no wait state on start event '{context.Node.Id}', but bookmark {bookmark.Id} resumed it.");
}
