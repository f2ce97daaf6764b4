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
        var step = context.Step;
        var boundary = context.NodeAs<BoundaryEvent>();
        var activityToken = context.Token;

        if (boundary.CancelActivity)
        {
            await step.RemoveBookmarkAsync(bookmark);
            await step.TerminateAsync(activityToken);
        }
        else if (boundary.Definition is TimerDefinition { Kind: TimerKind.Cycle } cycle)
        {
            var next = TimerSchedule.NextDue(step.EvaluateTimerText(cycle.Expression), bookmark.DueAt ?? step.Now, bookmark.Count + 1);
            await RearmOrRemoveAsync(step, bookmark, next);
        }
        else if (boundary.Definition is TimerDefinition)
        {
            await step.RemoveBookmarkAsync(bookmark);
        }

        var token = step.NewToken(boundary.Id, activityToken.ParentId);
        step.Journal(boundary, JournalEvents.Activated, token);
        step.MergeVariables(payload);
        await step.LeaveAsync(token, boundary);
    }

    private static async Task RearmOrRemoveAsync(Interpreter.StepContext step, Bookmark bookmark, DateTimeOffset? next)
    {
        if (next is null)
        {
            await step.RemoveBookmarkAsync(bookmark);
            return;
        }

        bookmark.Count++;
        bookmark.DueAt = next;
        step.Session.Touch(bookmark);
        step.JobsToSchedule.Add(bookmark);
    }
}
