using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary>
/// Subscribes to its message like a message catch event (a buffered message is taken at once) and completes when it
/// is correlated; the message's variables go through the output parameters when there are any.
/// </summary>
public sealed class ReceiveTaskHandler : IElementHandler
{
    public async Task ActivateAsync(ElementContext context)
    {
        var node = context.NodeAs<ReceiveTask>();
        if (await context.Bookmarks.TakeBufferedMessageAsync(context.Token, node, node.Message) is (true, var variables))
        {
            await CompleteAsync(context, variables);
            return;
        }

        await context.Bookmarks.ArmAsync(context.Token, node, node.Message);
        context.Tokens.Update(context.Token, TokenStatus.Waiting);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) => CompleteAsync(context, payload);

    private static Task CompleteAsync(ElementContext context, JsonObject? payload)
    {
        IoMapping.ApplyOutputs(context, context.NodeAs<ReceiveTask>().Outputs, payload);
        return context.Tokens.LeaveAsync(context.Token, context.Node);
    }
}
