using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Execution.Interpreter;

internal sealed partial class StepContext
{
    /// <summary>
    /// Ends a token that did not finish its element: its children first (a sub-process), then its wait states, its
    /// open task, and any incident it carried. Used by interrupting boundary events, terminate ends and cancellation.
    /// </summary>
    public async Task TerminateAsync(Token token, string @event = JournalEvents.Terminated)
    {
        foreach (var child in Instance.Tokens.Where(t => t.ParentId == token.Id).ToArray())
        {
            await TerminateAsync(child, @event);
        }

        await _handlers.Calls.CancelChildAsync(this, token);
        await RemoveBookmarksOfAsync(token.Id);
        foreach (var task in await Session.OpenTasksOfAsync(Instance.Id, CancellationToken.None))
        {
            if (task.TokenId == token.Id && task.Status == UserTaskStatus.Created)
            {
                task.Status = UserTaskStatus.Cancelled;
                task.EndedAt = Now;
                Session.Touch(task);
            }
        }

        if (token.Status == TokenStatus.Failed || token.CalledInstanceId is not null)
        {
            await ResolveIncidentsOfAsync(token.Id);
        }

        Journal(Model.Node(token.ElementId), @event, token);
        RemoveToken(token);
    }

    /// <summary>A terminate end event: every other token of its scope ends now.</summary>
    public async Task TerminateScopeAsync(int? scopeTokenId, int exceptTokenId)
    {
        foreach (var token in Instance.Tokens.Where(t => t.ParentId == scopeTokenId && t.Id != exceptTokenId).ToArray())
        {
            await TerminateAsync(token);
        }
    }
}
