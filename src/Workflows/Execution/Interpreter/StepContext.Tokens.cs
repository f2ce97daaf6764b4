using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Elements;
using SocialInsurance.Workflows.Execution.Elements.Gateways;
using SocialInsurance.Workflows.Execution.Elements.Tasks;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Pipeline;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Gateways;

namespace SocialInsurance.Workflows.Execution.Interpreter;

internal sealed partial class StepContext
{
    public Token NewToken(string elementId, int? parentId, TokenStatus status = TokenStatus.Waiting, string? arrivedVia = null)
    {
        var token = new Token(Instance.NextTokenId++, elementId, parentId, status) { ArrivedVia = arrivedVia };
        Instance.Tokens.Add(token);
        return token;
    }

    public Token? FindToken(int id) => Instance.Tokens.Find(t => t.Id == id);

    public Token Update(Token token, TokenStatus status)
    {
        var index = Instance.Tokens.FindIndex(t => t.Id == token.Id);
        // Locals may have changed since the caller took its copy (a script inside the scope wrote one).
        var updated = token with { Status = status, Locals = index >= 0 ? Instance.Tokens[index].Locals : token.Locals };
        Instance.Tokens[index] = updated;
        return updated;
    }

    internal void RemoveToken(Token token) => Instance.Tokens.RemoveAll(t => t.Id == token.Id);

    internal IReadOnlyList<Token> TokensIn(int? scopeTokenId) => Instance.Tokens.Where(t => t.ParentId == scopeTokenId).ToArray();

    /// <summary>Queues a token's arrival at its element. An <c>asyncBefore</c> element stops here and waits for its job.</summary>
    public void Arrive(Token token, FlowNode node, JsonObject? trigger = null) =>
        Enqueue(() => ArriveAsync(token, node, trigger));

    private async Task ArriveAsync(Token token, FlowNode node, JsonObject? trigger)
    {
        // A multi-instance body waits for nothing itself: each inner instance honours asyncBefore on its own.
        if (node.Async.Before && trigger is null && !IsMultiInstanceBody(token, node))
        {
            Update(token, TokenStatus.Scheduled);
            var job = new Bookmark
            {
                Id = Guid.CreateVersion7(),
                InstanceId = Instance.Id,
                TokenId = token.Id,
                ElementId = node.Id,
                Kind = BookmarkKind.Job,
                DueAt = Now,
                CreatedAt = Now,
            };
            await AddBookmarkAsync(job);
            return;
        }

        await ActivateAsync(token, node, trigger);
    }

    private static bool IsMultiInstanceBody(Token token, FlowNode node) => node.Loop is not null && token.LoopCounter is null;

    /// <summary>
    /// Runs the element's handler for a token standing on it (also used by jobs and incident retries), through the
    /// activation pipeline: journal, incidents, loop guard, input mappings and boundary subscriptions around it.
    /// </summary>
    public Task ActivateAsync(Token token, FlowNode node, JsonObject? trigger = null)
    {
        var body = IsMultiInstanceBody(token, node);
        var handler = body ? _handlers.MultiInstanceBody : HandlerFor(node);
        return ActivationPipeline.RunAsync(new Activation(this, token, node, trigger, handler, body));
    }

    /// <summary>Throws a BPMN error from an element; if nobody catches it, the element gets an incident.</summary>
    public async Task CatchOrFailAsync(Token token, FlowNode node, string code, string? message)
    {
        if (!await ThrowErrorAsync(token, node, code, message) && !await _handlers.Calls.ThrowToCallerAsync(this, code, message))
        {
            var detail = message is null || message == code ? null : message;
            await FailAsync(token, node, new IncidentException(IncidentCodes.ErrorNotCaught.Cause(
                $"Expected an error boundary event to catch BPMN error '{code}' thrown by {node.ElementType} '{node.Id}', but none does" +
                (detail is null ? "." : $" (message: {detail})."), code, detail)));
        }
    }

    /// <summary>
    /// Completes the element and moves the token along the given flows (all outgoing flows when null).
    /// <paramref name="completedData"/> goes on the Completed entry (a task's submitted form: the progress view shows it).
    /// </summary>
    public async Task LeaveAsync(
        Token token, FlowNode node, IReadOnlyList<SequenceFlow>? flows = null, JsonObject? triggerForTarget = null, JsonNode? completedData = null)
    {
        Journal(node, JournalEvents.Completed, token, completedData);
        await RecordForCompensationAsync(token, node);
        await RemoveBookmarksOfAsync(token.Id);
        RemoveToken(token);
        if (token.LoopCounter is not null)
        {
            // One instance of a multi-instance activity: its body decides what follows, not the outgoing flows.
            await MultiInstanceBodyHandler.InstanceCompletedAsync(ContextFor(token, node));
            return;
        }

        flows ??= node.OutgoingFlows;
        if (flows.Count == 0)
        {
            RecheckInclusiveJoins(token.ParentId);
            await EndScopeIfEmptyAsync(token.ParentId);
            return;
        }

        foreach (var flow in flows)
        {
            Journal(flow.Id, JournalEvents.FlowElementType, JournalEvents.SequenceFlowTaken, token);
            var next = NewToken(flow.TargetId, token.ParentId, TokenStatus.Waiting, flow.Id);
            Arrive(next, flow.Target, triggerForTarget);
        }

        RecheckInclusiveJoins(token.ParentId);
    }

    /// <summary>
    /// A token that moved may have been the last one that could reach a waiting inclusive join: look at the join
    /// again once the arrivals queued so far have run.
    /// </summary>
    private void RecheckInclusiveJoins(int? scopeTokenId)
    {
        foreach (var joined in Instance.Tokens.Where(t => t.ParentId == scopeTokenId && t.Status == TokenStatus.Joined).ToArray())
        {
            if (Model.Node(joined.ElementId) is InclusiveGateway gateway)
            {
                Enqueue(() => InclusiveGatewayHandler.TryJoinAsync(ContextFor(joined, gateway), scopeTokenId));
            }
        }
    }

    /// <summary>A token reached an end event: it leaves by no flow, so it ends, and its scope with it if it was the last.</summary>
    public Task EndAsync(Token token, FlowNode node) => LeaveAsync(token, node, flows: []);

    private async Task EndScopeIfEmptyAsync(int? scopeTokenId)
    {
        if (Instance.Tokens.Exists(t => t.ParentId == scopeTokenId))
        {
            return;
        }

        if (scopeTokenId is null)
        {
            // The process scope's event sub-processes stop waiting with it.
            await RemoveBookmarksOfAsync(ProcessScopeTokenId);
            await ForgetCompensationAsync();
            CompleteInstance(InstanceStatus.Completed, JournalEvents.Completed);
            await _handlers.Calls.ChildCompletedAsync(this);
            return;
        }

        var scopeToken = FindToken(scopeTokenId.Value);
        if (scopeToken is not null)
        {
            var scope = Model.Node(scopeToken.ElementId);
            if (scope is IVariableMapping { Outputs.Count: > 0 } mapped)
            {
                IoMapping.ApplyOutputs(ContextFor(scopeToken, scope), mapped.Outputs, results: null);
            }

            await LeaveAsync(scopeToken, scope);
        }
    }

    internal void CompleteInstance(InstanceStatus status, string @event)
    {
        if (Instance.Status != InstanceStatus.Active)
        {
            return;
        }

        Instance.Status = status;
        Instance.EndedAt = Now;
        JournalProcess(@event);
    }

    public void MergeVariables(JsonObject? variables)
    {
        if (variables is null)
        {
            return;
        }

        foreach (var (name, value) in variables)
        {
            Variables[name] = value?.DeepClone();
        }
    }
}
