using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Timers;

namespace SocialInsurance.Workflows.Execution.Interpreter;

internal sealed partial class StepContext
{
    public async Task AddBookmarkAsync(Bookmark bookmark)
    {
        (await LoadBookmarksAsync()).Add(bookmark);
        Session.Add(bookmark);
        if (bookmark.DueAt is not null)
        {
            JobsToSchedule.Add(bookmark);
        }
    }

    public async Task RemoveBookmarkAsync(Bookmark bookmark)
    {
        if ((await LoadBookmarksAsync()).RemoveAll(b => b.Id == bookmark.Id) > 0)
        {
            Session.Remove(bookmark);
        }

        JobsToSchedule.RemoveAll(b => b.Id == bookmark.Id);
    }

    public async Task RemoveBookmarksOfAsync(int tokenId)
    {
        foreach (var bookmark in (await LoadBookmarksAsync()).Where(b => b.TokenId == tokenId).ToArray())
        {
            await RemoveBookmarkAsync(bookmark);
        }
    }

    /// <summary>
    /// Creates the wait state of a catch event: a timer with its due time, or a message subscription with its
    /// correlation key (the business key unless the event names an expression). Everything is evaluated before the
    /// bookmark is added, so a bad expression leaves nothing behind.
    /// </summary>
    public Task<Bookmark> ArmEventAsync(Token token, FlowNode eventNode, EventDefinition definition) =>
        ArmEventAsync(token.Id, eventNode, definition);

    /// <summary>
    /// As above, for a wait state that belongs to a scope rather than to a token standing on the event: an event
    /// sub-process's start waits on its scope's token (<see cref="ProcessScopeTokenId"/> at process level).
    /// </summary>
    public async Task<Bookmark> ArmEventAsync(int tokenId, FlowNode eventNode, EventDefinition definition)
    {
        var bookmark = definition switch
        {
            TimerDefinition timer => new Bookmark
            {
                Id = Guid.CreateVersion7(),
                InstanceId = Instance.Id,
                TokenId = tokenId,
                ElementId = eventNode.Id,
                Kind = BookmarkKind.Timer,
                DueAt = TimerSchedule.FirstDue(timer.Kind, EvaluateTimerText(timer.Expression), Now),
                CreatedAt = Now,
            },
            MessageDefinition message => new Bookmark
            {
                Id = Guid.CreateVersion7(),
                InstanceId = Instance.Id,
                TokenId = tokenId,
                ElementId = eventNode.Id,
                Kind = BookmarkKind.Message,
                MessageName = message.MessageName,
                CorrelationKey = CorrelationKeyFor(message),
                CreatedAt = Now,
            },
            SignalDefinition signal => new Bookmark
            {
                Id = Guid.CreateVersion7(),
                InstanceId = Instance.Id,
                TokenId = tokenId,
                ElementId = eventNode.Id,
                Kind = BookmarkKind.Signal,
                MessageName = signal.SignalName,
                CreatedAt = Now,
            },
            ConditionalDefinition => new Bookmark
            {
                Id = Guid.CreateVersion7(),
                InstanceId = Instance.Id,
                TokenId = tokenId,
                ElementId = eventNode.Id,
                Kind = BookmarkKind.Conditional,
                CreatedAt = Now,
            },
            _ => throw new IncidentException(IncidentCodes.EventDefinitionUnsupported.Cause(
                $"Expected a timer, message, signal or conditional event definition on '{eventNode.Id}', but found {definition.GetType().Name}.",
                definition.GetType().Name)),
        };
        await AddBookmarkAsync(bookmark);
        if (bookmark.Kind == BookmarkKind.Conditional)
        {
            // Camunda evaluates a condition when its subscription is made, not only on the next change.
            _freshConditions.Add(bookmark.Id);
        }

        return bookmark;
    }

    /// <summary>
    /// Records a signal to broadcast: a job bookmark, due now, that the scheduler receives only after this step
    /// commits, so the broadcast never sees uncommitted state and is redelivered by the sweep if the process dies.
    /// It belongs to no token (id -1), so the thrower moving on does not remove it.
    /// </summary>
    public Task ThrowSignalAsync(Token token, FlowNode node, SignalDefinition signal)
    {
        Journal(node, SocialInsurance.Workflows.Execution.Journal.JournalEvents.SignalThrown, token, new System.Text.Json.Nodes.JsonObject { ["signal"] = signal.SignalName });
        return AddBookmarkAsync(new Bookmark
        {
            Id = Guid.CreateVersion7(),
            InstanceId = Instance.Id,
            TokenId = -1,
            ElementId = node.Id,
            Kind = BookmarkKind.SignalThrow,
            MessageName = signal.SignalName,
            DueAt = Now,
            CreatedAt = Now,
        });
    }

    /// <summary>A timer cycle fired: it waits for its next repetition, or goes once they have run out.</summary>
    internal async Task RearmCycleAsync(Bookmark bookmark, TimerDefinition cycle)
    {
        var next = TimerSchedule.NextDue(EvaluateTimerText(cycle.Expression), bookmark.DueAt ?? Now, bookmark.Count + 1);
        if (next is null)
        {
            await RemoveBookmarkAsync(bookmark);
            return;
        }

        bookmark.Count++;
        bookmark.DueAt = next;
        Session.Touch(bookmark);
        JobsToSchedule.Add(bookmark);
    }

    /// <summary>Whether a bookmark is still there in this step (an earlier resume may have removed it).</summary>
    public bool HasBookmark(Guid id) => _bookmarks?.Exists(b => b.Id == id) ?? false;

    public string CorrelationKeyFor(MessageDefinition message) =>
        message.CorrelationKeyExpression is { } expression
            ? Expressions.EvaluateText(expression, Variables)
              ?? throw new IncidentException(IncidentCodes.CorrelationKeyEmpty.Cause(
                  $"Expected the correlation key '{expression}' of message '{message.MessageName}' to have a value, but it was null.",
                  message.MessageName, expression))
            : Instance.BusinessKey ?? string.Empty;

    public string EvaluateTimerText(string text) =>
        Expressions.EvaluateText(text, Variables)
        ?? throw new IncidentException(IncidentCodes.TimerExpressionEmpty.Cause(
            $"Expected the timer expression '{text}' to yield an ISO 8601 value, but it was null.", text));

    internal async Task ArmBoundaryEventsAsync(Token token, FlowNode node)
    {
        // Error and escalation boundaries wait for nothing: they are found when something is thrown.
        foreach (var boundary in Model.BoundaryEventsOf(node.Id).Where(b => b.Definition is TimerDefinition or MessageDefinition or SignalDefinition or ConditionalDefinition))
        {
            await ArmEventAsync(token, boundary, boundary.Definition);
        }
    }
}
