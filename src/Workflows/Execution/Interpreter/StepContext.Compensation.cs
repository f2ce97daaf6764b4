using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Compensation;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Execution.Interpreter;

/// <summary>
/// Compensation as in Camunda 7. An activity with a compensation boundary event leaves a <see cref="CompensationRecord"/>
/// when it completes (each instance of a multi-instance activity its own), and so does a completed scope (an embedded
/// sub-process, a multi-instance body) that holds records: that is how a throw in the parent reaches inside it. A
/// throw compensates the records of its scope (of the scope around it too when it stands in an event sub-process), or
/// only those of its <c>activityRef</c>, newest first; a completed scope with a handler of its own runs that handler,
/// otherwise its records are compensated in turn. Handlers start in that order, all at once, as children of the
/// throwing token, which therefore waits for them like a sub-process for its content and goes on when the last ends.
/// Only completed activities have records, so an activity still running or cancelled is never compensated.
/// </summary>
internal sealed partial class StepContext
{
    private List<CompensationRecord>? _compensationRecords;

    private async Task<List<CompensationRecord>> LoadCompensationRecordsAsync() =>
        _compensationRecords ??= Instance.Id == Guid.Empty
            ? []
            : [.. await Session.CompensationRecordsOfAsync(Instance.Id, CancellationToken.None)];

    /// <summary>Called as a token completes its element (before it is removed), so later compensation can reach it.</summary>
    private async Task RecordForCompensationAsync(Token token, FlowNode node)
    {
        if (!Model.HasCompensation || node.IsForCompensation)
        {
            return;
        }

        // The boundary event of a multi-instance activity compensates each completed instance, never the body as such.
        var isBody = node.Loop is not null && token.LoopCounter is null;
        var handler = isBody ? null : Model.CompensationHandlerOf(node.Id);
        var records = await LoadCompensationRecordsAsync();
        if (handler is null && !records.Exists(r => r.ScopeTokenId == token.Id))
        {
            return;
        }

        var record = new CompensationRecord
        {
            Id = Guid.CreateVersion7(),
            InstanceId = Instance.Id,
            ScopeTokenId = token.ParentId,
            TokenId = token.Id,
            ElementId = node.Id,
            HandlerId = handler,
            Sequence = Instance.JournalSequence,
            // Re-read: a script inside the scope may have changed a local since the caller took its copy.
            Variables = (FindToken(token.Id) ?? token).Locals is { Count: > 0 } locals ? locals.ToJsonString() : null,
            CompletedAt = Now,
        };
        records.Add(record);
        Session.Add(record);
    }

    /// <summary>
    /// Starts the handlers a compensation throw or end event reaches. Returns false when there is nothing to
    /// compensate (the thrower goes on at once); otherwise the thrower waits and is left when its last handler ends.
    /// </summary>
    public async Task<bool> ThrowCompensationAsync(Token thrower, FlowNode node, CompensationDefinition definition)
    {
        Journal(node, JournalEvents.CompensationThrown, thrower,
            definition.ActivityRef is { } reference ? new JsonObject { ["activityRef"] = reference } : null);
        if (!Model.HasCompensation)
        {
            return false;
        }

        var records = await LoadCompensationRecordsAsync();
        var scopes = CompensationScopes(thrower);
        var reached = records
            .Where(r => scopes.Contains(r.ScopeTokenId) && (definition.ActivityRef is null || r.ElementId == definition.ActivityRef))
            .OrderByDescending(r => r.Sequence)
            .ToList();
        var handlers = new List<(string HandlerId, JsonObject? Locals)>();
        foreach (var record in reached)
        {
            Expand(record, null, records, handlers);
        }

        if (handlers.Count == 0)
        {
            return false;
        }

        Update(thrower, TokenStatus.Waiting);
        foreach (var (handlerId, locals) in handlers)
        {
            var handler = Model.Node(handlerId);
            var token = NewToken(handler.Id, thrower.Id);
            if (locals is { Count: > 0 })
            {
                token = SetLocals(token, locals);
            }

            Arrive(token, handler);
        }

        return true;
    }

    /// <summary>
    /// Consumes a record (compensation runs once per completion) and collects what it runs: its handler with the
    /// variables its activity had, or else the records inside it, newest first, seeing the scope's variables too.
    /// </summary>
    private void Expand(CompensationRecord record, JsonObject? outer, List<CompensationRecord> records, List<(string, JsonObject?)> handlers)
    {
        if (!records.Remove(record))
        {
            return;
        }

        Session.Remove(record);
        var locals = record.Variables is { } json ? Overlay(outer, JsonNode.Parse(json)!.AsObject()) : outer;
        var inner = records.Where(r => r.ScopeTokenId == record.TokenId).OrderByDescending(r => r.Sequence).ToList();
        if (record.HandlerId is { } handler)
        {
            // A sub-process with a handler of its own is undone by that handler; what ran inside it is not undone twice.
            handlers.Add((handler, locals));
            foreach (var nested in inner)
            {
                Discard(nested, records);
            }

            return;
        }

        foreach (var nested in inner)
        {
            Expand(nested, locals, records, handlers);
        }
    }

    private void Discard(CompensationRecord record, List<CompensationRecord> records)
    {
        if (!records.Remove(record))
        {
            return;
        }

        Session.Remove(record);
        foreach (var nested in records.Where(r => r.ScopeTokenId == record.TokenId).ToList())
        {
            Discard(nested, records);
        }
    }

    /// <summary>The scope a throw compensates, and the scope around it for as long as that scope is an event sub-process run.</summary>
    private List<int?> CompensationScopes(Token thrower)
    {
        var scopes = new List<int?> { thrower.ParentId };
        for (var scope = thrower.ParentId is { } id ? FindToken(id) : null;
             scope is not null && Model.Node(scope.ElementId) is EventSubProcess;
             scope = scope.ParentId is { } parent ? FindToken(parent) : null)
        {
            scopes.Add(scope.ParentId);
        }

        return scopes;
    }

    /// <summary>The instance has ended: what it could have compensated no longer matters.</summary>
    private async Task ForgetCompensationAsync()
    {
        if (!Model.HasCompensation)
        {
            return;
        }

        foreach (var record in await LoadCompensationRecordsAsync())
        {
            Session.Remove(record);
        }

        _compensationRecords!.Clear();
    }
}
