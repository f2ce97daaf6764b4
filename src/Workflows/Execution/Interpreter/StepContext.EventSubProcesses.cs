using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Model.Timers;

namespace SocialInsurance.Workflows.Execution.Interpreter;

/// <summary>
/// Event sub-processes wait on their scope, not on a token of their own: while a scope runs, the starts of the event
/// sub-processes directly inside it are bookmarks of the scope's token (of <see cref="ProcessScopeTokenId"/> at
/// process level), so they go when the scope ends. A started one is a token on the event sub-process whose parent is
/// the scope's token: the scope cannot end before it has.
/// </summary>
internal sealed partial class StepContext
{
    /// <summary>Token ids start at 1; 0 stands for the process itself, which has no token.</summary>
    public const int ProcessScopeTokenId = 0;

    /// <summary>Subscribes the starts that wait for something outside (timers, messages, signals, conditions) of a scope that has just begun.</summary>
    public async Task ArmEventSubProcessesAsync(int? scopeTokenId, string? scopeElementId)
    {
        foreach (var eventSubProcess in Model.EventSubProcessesOf(scopeElementId))
        {
            if (eventSubProcess.Trigger is TimerDefinition or MessageDefinition or SignalDefinition or ConditionalDefinition)
            {
                await ArmEventAsync(scopeTokenId ?? ProcessScopeTokenId, Model.Node(eventSubProcess.StartEventId), eventSubProcess.Trigger);
            }
        }
    }

    /// <summary>
    /// A scope-level bookmark fired: starts its event sub-process in that scope. A non-interrupting timer cycle
    /// re-arms until its repetitions run out; other non-interrupting subscriptions stay for the next event.
    /// Returns false when the scope is gone (a stale delivery).
    /// </summary>
    private async Task<bool> ResumeEventSubProcessAsync(Bookmark bookmark, EventSubProcess eventSubProcess, JsonObject? payload)
    {
        int? scopeTokenId = bookmark.TokenId == ProcessScopeTokenId ? null : bookmark.TokenId;
        if (Instance.Status != InstanceStatus.Active || (scopeTokenId is { } id && FindToken(id) is null))
        {
            return false;
        }

        if (eventSubProcess.Interrupting || eventSubProcess.Trigger is TimerDefinition { Kind: not TimerKind.Cycle })
        {
            await RemoveBookmarkAsync(bookmark);
        }
        else if (eventSubProcess.Trigger is TimerDefinition cycle)
        {
            await RearmCycleAsync(bookmark, cycle);
        }

        await StartEventSubProcessAsync(eventSubProcess, scopeTokenId, payload);
        return true;
    }

    /// <summary>
    /// Starts an event sub-process in the scope of <paramref name="scopeTokenId"/> (null: the process). Interrupting:
    /// the scope's other tokens end first, and with them every event sub-process still waiting in the scope, so
    /// nothing else starts in a scope that has been taken over.
    /// </summary>
    public async Task StartEventSubProcessAsync(EventSubProcess eventSubProcess, int? scopeTokenId, JsonObject? variables)
    {
        if (eventSubProcess.Interrupting)
        {
            await DisarmEventSubProcessesAsync(scopeTokenId, eventSubProcess.ScopeId);
            await TerminateScopeAsync(scopeTokenId, exceptTokenId: -1);
        }

        var token = NewToken(eventSubProcess.Id, scopeTokenId);
        Journal(eventSubProcess, JournalEvents.Activated, token);
        await ArmEventSubProcessesAsync(token.Id, eventSubProcess.Id);
        var start = Model.Node(eventSubProcess.StartEventId);
        var child = NewToken(start.Id, token.Id);
        if (start.Async.Before)
        {
            // camunda:asyncBefore on the start: the event is taken now, its path runs as a job.
            MergeVariables(variables);
            Arrive(child, start);
            return;
        }

        // Otherwise the start runs at once, as a boundary event's does: the thrower of an escalation goes on after it.
        await ActivateAsync(child, start, variables ?? []);
    }

    private async Task DisarmEventSubProcessesAsync(int? scopeTokenId, string? scopeElementId)
    {
        var starts = Model.EventSubProcessesOf(scopeElementId).Select(e => e.StartEventId).ToHashSet(StringComparer.Ordinal);
        var owner = scopeTokenId ?? ProcessScopeTokenId;
        foreach (var bookmark in (await LoadBookmarksAsync()).Where(b => b.TokenId == owner && starts.Contains(b.ElementId)).ToArray())
        {
            await RemoveBookmarkAsync(bookmark);
        }
    }

    /// <summary>The event sub-process whose start <paramref name="node"/> is, if any.</summary>
    private EventSubProcess? EventSubProcessStartedBy(FlowNode node) =>
        node is StartEvent { ScopeId: { } scope } && Model.Node(scope) is EventSubProcess eventSubProcess ? eventSubProcess : null;

    /// <summary>
    /// The event sub-process of a scope that catches <paramref name="code"/> (a specific code before a catch-all).
    /// One the thrower is already inside is skipped: it would catch its own error again and again.
    /// </summary>
    private EventSubProcess? EventSubProcessCatcher<TDefinition>(string? scopeElementId, Func<TDefinition, string?> codeOf, string code, Token origin)
        where TDefinition : EventDefinition
    {
        var candidates = Model.EventSubProcessesOf(scopeElementId)
            .Where(e => e.Trigger is TDefinition && !IsInside(origin, e.Id))
            .ToArray();
        return candidates.FirstOrDefault(e => codeOf((TDefinition)e.Trigger) == code)
               ?? candidates.FirstOrDefault(e => codeOf((TDefinition)e.Trigger) is null);
    }

    private bool IsInside(Token token, string elementId)
    {
        for (Token? current = token; current is not null; current = current.ParentId is { } parent ? FindToken(parent) : null)
        {
            if (current.ElementId == elementId)
            {
                return true;
            }
        }

        return false;
    }
}
