using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Journal;
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
        var step = context.Step;
        var node = context.NodeAs<ReceiveTask>();
        if (step.Model.MessageNamed(node.Message.MessageName)?.BufferTimeToLive is not null)
        {
            var key = step.CorrelationKeyFor(node.Message);
            var buffered = await step.Session.OldestBufferedMessageAsync(node.Message.MessageName, key, step.Now, CancellationToken.None);
            if (buffered is not null)
            {
                step.Session.Remove(buffered);
                var variables = buffered.Variables is null ? null : JsonNode.Parse(buffered.Variables)?.AsObject();
                step.Journal(node, JournalEvents.MessageCorrelated, context.Token,
                    new JsonObject { ["message"] = node.Message.MessageName, ["buffered"] = true });
                await CompleteAsync(context, variables);
                return;
            }
        }

        await step.ArmEventAsync(context.Token, node, node.Message);
        step.Update(context.Token, TokenStatus.Waiting);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) => CompleteAsync(context, payload);

    private static Task CompleteAsync(ElementContext context, JsonObject? payload)
    {
        IoMapping.ApplyOutputs(context.Step, context.Token, context.NodeAs<ReceiveTask>().Outputs, payload);
        return context.Step.LeaveAsync(context.Token, context.Node);
    }
}
