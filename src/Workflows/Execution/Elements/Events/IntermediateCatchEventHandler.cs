using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
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
        if (context.Trigger is not null)
        {
            context.Variables.Merge(context.Trigger);
            await context.Tokens.LeaveAsync(context.Token, context.Node);
            return;
        }

        var definition = context.NodeAs<IntermediateCatchEvent>().Definition;
        if (definition is LinkDefinition)
        {
            // The throw has already happened: a link catch is a place to continue, not a wait state.
            await context.Tokens.LeaveAsync(context.Token, context.Node);
            return;
        }

        if (definition is ConditionalDefinition condition && context.Bookmarks.ConditionHolds(condition))
        {
            // Camunda 7: a condition that already holds on arrival does not wait for a change.
            await context.Tokens.LeaveAsync(context.Token, context.Node);
            return;
        }

        if (definition is MessageDefinition message
            && await context.Bookmarks.TakeBufferedMessageAsync(context.Token, context.Node, message) is (true, var variables))
        {
            context.Variables.Merge(variables);
            await context.Tokens.LeaveAsync(context.Token, context.Node);
            return;
        }

        await context.Bookmarks.ArmAsync(context.Token, context.Node, definition);
        context.Tokens.Update(context.Token, TokenStatus.Waiting);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload)
    {
        context.Variables.Merge(payload);
        return context.Tokens.LeaveAsync(context.Token, context.Node);
    }
}
