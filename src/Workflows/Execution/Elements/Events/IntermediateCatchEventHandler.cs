using System.Text.Json;
using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Execution.Elements.Events;

/// <summary>
/// Waits for its timer or message (a link catch continues at once). A message buffered before the token arrived is taken at once; an event already
/// caught by an event-based gateway (<see cref="ElementContext.Trigger"/>) completes without waiting.
/// </summary>
public sealed class IntermediateCatchEventHandler : IElementHandler
{
    public async Task ActivateAsync(ElementContext context)
    {
        var step = context.Step;
        if (context.Trigger is not null)
        {
            step.MergeVariables(context.Trigger);
            await step.LeaveAsync(context.Token, context.Node);
            return;
        }

        var definition = context.NodeAs<IntermediateCatchEvent>().Definition;
        if (definition is LinkDefinition)
        {
            // The throw has already happened: a link catch is a place to continue, not a wait state.
            await step.LeaveAsync(context.Token, context.Node);
            return;
        }

        if (definition is ConditionalDefinition condition && step.ConditionHolds(condition))
        {
            // Camunda 7: a condition that already holds on arrival does not wait for a change.
            await step.LeaveAsync(context.Token, context.Node);
            return;
        }

        // Only a message its definition declares as buffered can be waiting already; others skip the lookup.
        if (definition is MessageDefinition message && step.Model.MessageNamed(message.MessageName)?.BufferTimeToLive is not null)
        {
            var key = step.CorrelationKeyFor(message);
            var buffered = await step.Session.OldestBufferedMessageAsync(message.MessageName, key, step.Now, CancellationToken.None);
            if (buffered is not null)
            {
                step.Session.Remove(buffered);
                var variables = buffered.Variables is null ? null : JsonNode.Parse(buffered.Variables)?.AsObject();
                step.Journal(context.Node, JournalEvents.MessageCorrelated, context.Token, new JsonObject { ["message"] = message.MessageName, ["buffered"] = true });
                step.MergeVariables(variables);
                await step.LeaveAsync(context.Token, context.Node);
                return;
            }
        }

        await step.ArmEventAsync(context.Token, context.Node, definition);
        step.Update(context.Token, TokenStatus.Waiting);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload)
    {
        context.Step.MergeVariables(payload);
        return context.Step.LeaveAsync(context.Token, context.Node);
    }
}
