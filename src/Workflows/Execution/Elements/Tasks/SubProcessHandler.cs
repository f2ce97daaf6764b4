using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary>
/// Opens a scope: the sub-process token waits while a child token runs from the inner start event. The interpreter
/// leaves the sub-process when its last child ends.
/// </summary>
public sealed class SubProcessHandler : IElementHandler
{
    public Task ActivateAsync(ElementContext context)
    {
        var node = context.NodeAs<SubProcess>();
        context.Tokens.Update(context.Token, TokenStatus.Waiting);
        var child = context.Tokens.Create(node.StartEventId, context.Token.Id);
        context.Tokens.Arrive(child, context.Instance.Model.Node(node.StartEventId));
        return Task.CompletedTask;
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected sub-process '{context.Node.Id}' to be resumed through its boundary events only.");
}
