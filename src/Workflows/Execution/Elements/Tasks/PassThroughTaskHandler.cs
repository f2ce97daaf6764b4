using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary><c>task</c> and <c>manualTask</c>: Camunda 7 completes them at once, and so do we.</summary>
public sealed class PassThroughTaskHandler : IElementHandler
{
    public Task ActivateAsync(ElementContext context) => context.Tokens.LeaveAsync(context.Token, context.Node);

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected no wait state on {context.Node.ElementType} '{context.Node.Id}'.");
}
