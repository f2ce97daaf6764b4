using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Timers;

namespace SocialInsurance.Workflows.Execution.Elements.Events;

/// <summary>
/// Fires on behalf of the activity it is attached to (the context's token is the activity's token). Interrupting:
/// the activity, its task and its other wait states end first. Non-interrupting: the activity stays open; a timer cycle
/// re-arms until its repetitions run out, a message subscription stays for the next message.
/// </summary>
public sealed class BoundaryEventHandler : IElementHandler
{
    public Task ActivateAsync(ElementContext context) =>
        throw new InvalidOperationException($"Expected boundary event '{context.Node.Id}' to be triggered by its activity, but a token arrived on a flow.");

    public async Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload)
    {
        var boundary = context.NodeAs<BoundaryEvent>();
        var activityToken = context.Token;

        if (boundary.CancelActivity)
        {
            await context.Bookmarks.RemoveAsync(bookmark);
            await context.Tokens.TerminateAsync(activityToken);
        }
        else if (boundary.Definition is TimerDefinition { Kind: TimerKind.Cycle } cycle)
        {
            await context.Bookmarks.RearmCycleAsync(bookmark, cycle);
        }
        else if (boundary.Definition is TimerDefinition)
        {
            await context.Bookmarks.RemoveAsync(bookmark);
        }

        var token = context.Tokens.Create(boundary.Id, activityToken.ParentId);
        context.Journal.Write(boundary, JournalEvents.Activated, token);
        context.Variables.Merge(payload);
        await context.Tokens.LeaveAsync(token, boundary);
    }
}
