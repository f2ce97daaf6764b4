using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;

namespace SocialInsurance.Workflows.Execution.Elements.Events;

public sealed class StartEventHandler : IElementHandler
{
    public Task ActivateAsync(ElementContext context)
    {
        context.Step.MergeVariables(context.Trigger);
        return context.Step.LeaveAsync(context.Token, context.Node);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected no wait state on start event '{context.Node.Id}', but bookmark {bookmark.Id} resumed it.");
}
