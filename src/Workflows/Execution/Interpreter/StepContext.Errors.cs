using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Execution.Interpreter;

/// <summary>
/// Errors and escalations travel outwards: from the throwing element (a task's own boundary events first) through
/// each enclosing sub-process, and the first boundary event whose code matches (a specific code before a catch-all)
/// takes over.
/// </summary>
internal sealed partial class StepContext
{
    /// <summary>
    /// Throws a BPMN error from <paramref name="origin"/>, which stands on <paramref name="node"/>. Returns false when
    /// no boundary event catches it (the caller raises the incident); otherwise the catching activity has ended.
    /// </summary>
    public async Task<bool> ThrowErrorAsync(Token origin, FlowNode node, string code, string? message)
    {
        Journal(node, JournalEvents.ErrorThrown, origin, new JsonObject { ["code"] = code, ["message"] = message });
        for (var scope = origin; scope is not null; scope = scope.ParentId is { } parent ? FindToken(parent) : null)
        {
            // Inside a scope before on its boundary: the scope's own event sub-process is the nearer handler.
            if (EventSubProcessCatcher<ErrorDefinition>(scope.ElementId, d => d.ErrorCode, code, origin) is { } inner)
            {
                await StartEventSubProcessAsync(inner, scope.Id, CaughtError(inner, code, message));
                return true;
            }

            // An inner multi-instance token has no boundary events of its own: they belong to its body.
            if (scope.LoopCounter is not null || Catcher<ErrorDefinition>(scope, d => d.ErrorCode, code) is not { } boundary)
            {
                continue;
            }

            await TerminateAsync(scope);
            await TakeBoundaryAsync(boundary, scope, Caught((ErrorDefinition)boundary.Definition, code, message));
            return true;
        }

        if (EventSubProcessCatcher<ErrorDefinition>(null, d => d.ErrorCode, code, origin) is { } top)
        {
            await StartEventSubProcessAsync(top, null, CaughtError(top, code, message));
            return true;
        }

        return false;
    }

    private static JsonObject CaughtError(Model.Tasks.EventSubProcess catcher, string code, string? message) =>
        Caught((ErrorDefinition)catcher.Trigger, code, message);

    private static JsonObject Caught(ErrorDefinition error, string code, string? message)
    {
        var variables = new JsonObject();
        if (error.CodeVariable is { } codeVariable) variables[codeVariable] = code;
        if (error.MessageVariable is { } messageVariable) variables[messageVariable] = message;
        return variables;
    }

    private static JsonObject CaughtEscalation(EscalationDefinition escalation, string code)
    {
        var variables = new JsonObject();
        if (escalation.CodeVariable is { } codeVariable) variables[codeVariable] = code;
        return variables;
    }

    /// <summary>
    /// Throws an escalation from <paramref name="origin"/> to its enclosing scopes. Returns whether the origin token
    /// is still alive (no interrupting boundary event ended its scope), so the thrower can continue.
    /// </summary>
    public async Task<bool> ThrowEscalationAsync(Token origin, FlowNode node, string code)
    {
        Journal(node, JournalEvents.EscalationThrown, origin, new JsonObject { ["code"] = code });
        if (!await CatchEscalationAsync(origin.ParentId is { } first ? FindToken(first) : null, origin, code))
        {
            // As in Camunda 7, an escalation nobody in a called instance catches goes on to its call activity.
            await _handlers.Calls.EscalateToCallerAsync(this, code);
        }

        return FindToken(origin.Id) is not null;
    }

    /// <summary>
    /// An escalation from a called instance arrives at its call activity's token: the call activity's own boundary
    /// events first, then the scopes around it. Returns whether it was caught here.
    /// </summary>
    public async Task<bool> EscalateFromCalledInstanceAsync(Token callActivity, string code)
    {
        Journal(Model.Node(callActivity.ElementId), JournalEvents.EscalationThrown, callActivity, new JsonObject { ["code"] = code });
        return await CatchEscalationAsync(callActivity, callActivity, code);
    }

    private async Task<bool> CatchEscalationAsync(Token? firstScope, Token origin, string code)
    {
        var caught = false;
        for (var scope = firstScope; scope is not null;
             scope = scope.ParentId is { } parent ? FindToken(parent) : null)
        {
            if (EventSubProcessCatcher<EscalationDefinition>(scope.ElementId, d => d.EscalationCode, code, origin) is { } inner)
            {
                await StartEventSubProcessAsync(inner, scope.Id, CaughtEscalation((EscalationDefinition)inner.Trigger, code));
                caught = true;
                break;
            }

            if (scope.LoopCounter is not null || Catcher<EscalationDefinition>(scope, d => d.EscalationCode, code) is not { } boundary)
            {
                continue;
            }

            if (boundary.CancelActivity)
            {
                await TerminateAsync(scope);
            }

            await TakeBoundaryAsync(boundary, scope, CaughtEscalation((EscalationDefinition)boundary.Definition, code));
            caught = true;
            break;
        }

        if (!caught && EventSubProcessCatcher<EscalationDefinition>(null, d => d.EscalationCode, code, origin) is { } top)
        {
            await StartEventSubProcessAsync(top, null, CaughtEscalation((EscalationDefinition)top.Trigger, code));
            caught = true;
        }

        return caught;
    }

    private BoundaryEvent? Catcher<TDefinition>(Token scope, Func<TDefinition, string?> codeOf, string code)
        where TDefinition : EventDefinition
    {
        var candidates = Model.BoundaryEventsOf(scope.ElementId)
            .Where(b => b.Definition is TDefinition)
            .ToArray();
        return candidates.FirstOrDefault(b => codeOf((TDefinition)b.Definition) == code)
               ?? candidates.FirstOrDefault(b => codeOf((TDefinition)b.Definition) is null);
    }

    private async Task TakeBoundaryAsync(BoundaryEvent boundary, Token activityToken, JsonObject variables)
    {
        var token = NewToken(boundary.Id, activityToken.ParentId);
        Journal(boundary, JournalEvents.Activated, token);
        MergeVariables(variables);
        await LeaveAsync(token, boundary);
    }
}
