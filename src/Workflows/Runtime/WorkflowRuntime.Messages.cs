using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Messages;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>Conflicts on one instance during a batch's correlation are another writer's progress, so the chunk is tried again on fresh state.</summary>
    private const int CorrelationAttempts = 3;

    /// <summary>
    /// Delivers a message to every subscription with this name and correlation key, each instance in its own
    /// transaction. With no subscriber it starts instances at a matching message start event, or is buffered where a
    /// definition asks for it; otherwise it is refused with <see cref="RuntimeStatus.NotFound"/>, and nothing changes.
    /// </summary>
    public async Task<RuntimeResult<CorrelationResult>> CorrelateMessageAsync(
        string messageName, string correlationKey, JsonObject? variables, Actor actor, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(messageName))
        {
            return RuntimeResult<CorrelationResult>.Invalid("Expected a message name, but it was empty.", "message.nameRequired");
        }

        // The subscriptions are read in the first delivery's own step, before its transaction begins, through the
        // statement its read connection keeps: a message almost always has one waiting instance, and a lookup of its
        // own (another context, another pooled connection, the query prepared afresh) cost as much as the delivery's
        // other reads together. Each delivery re-checks its bookmark at the write, and any further instance is
        // delivered in a step of its own, as before.
        Guid[] others = [];
        var resumed = new List<Guid>();
        var first = await RetryOnConflictAsync(async session =>
        {
            var instanceIds = (await session.SubscriptionsAsync(messageName, correlationKey, ct)).Select(b => b.InstanceId).Distinct().ToArray();
            others = instanceIds.Length > 1 ? instanceIds[1..] : [];
            return instanceIds.Length > 0 && await DeliverAsync(session, instanceIds[0], messageName, correlationKey, variables, actor, ct)
                ? instanceIds[0]
                : (Guid?)null;
        }, ct);
        if (first is { } firstId)
        {
            resumed.Add(firstId);
        }

        foreach (var instanceId in others)
        {
            if (await DeliverAsync(instanceId, messageName, correlationKey, variables, actor, ct))
            {
                resumed.Add(instanceId);
            }
        }

        if (resumed.Count > 0)
        {
            return RuntimeResult<CorrelationResult>.Ok(new CorrelationResult(resumed, [], Buffered: false));
        }

        var started = await StartByMessageAsync(messageName, correlationKey, variables, actor, ct);
        if (started.Count > 0)
        {
            return RuntimeResult<CorrelationResult>.Ok(new CorrelationResult([], started, Buffered: false));
        }

        if (await BufferAsync(messageName, correlationKey, variables, ct))
        {
            return RuntimeResult<CorrelationResult>.Ok(new CorrelationResult([], [], Buffered: true));
        }

        return RuntimeResult<CorrelationResult>.NotFound(
            $"Expected an instance waiting for message '{messageName}' with correlation key '{correlationKey}', but none is.",
            "message.noWaitingInstance",
            new { messageName, correlationKey });
    }

    private Task<bool> DeliverAsync(
        Guid instanceId, string messageName, string correlationKey, JsonObject? variables, Actor actor, CancellationToken ct) =>
        // Someone else moving this instance meanwhile makes the delivery read again and see whether it still waits.
        RetryOnConflictAsync(session => DeliverAsync(session, instanceId, messageName, correlationKey, variables, actor, ct), ct);

    private async Task<bool> DeliverAsync(
        IWorkflowSession session, Guid instanceId, string messageName, string correlationKey, JsonObject? variables, Actor actor, CancellationToken ct)
    {
        var (instance, model) = await LoadAsync(session, instanceId, ct);
        var bookmarks = await session.BookmarksOfAsync(instanceId, ct);
        var matching = bookmarks
            .Where(b => b.MessageName == messageName && b.CorrelationKey == correlationKey)
            .OrderBy(b => b.CreatedAt).ThenBy(b => b.Id)
            .FirstOrDefault();
        if (instance is null || model is null || matching is null)
        {
            return false;
        }

        var delivered = false;
        await steps.CommitAsync(session, instance, model, actor, FailureMode.Incident, async step =>
        {
            step.Journal(model.Node(matching.ElementId), JournalEvents.MessageCorrelated, step.FindToken(matching.TokenId),
                new JsonObject { ["message"] = messageName, ["correlationKey"] = correlationKey });
            delivered = await step.ResumeAsync(matching, Clone(variables));
        }, bookmarks);
        return delivered;
    }

    private async Task<IReadOnlyList<Guid>> StartByMessageAsync(
        string messageName, string correlationKey, JsonObject? variables, Actor actor, CancellationToken ct)
    {
        var started = new List<Guid>();
        foreach (var definition in await definitions.PublishedWithMessageStartAsync(ct))
        {
            var model = await models.GetAsync(definition.Id, ct);
            var start = model?.MessageStartEvents.FirstOrDefault(s => s.Message!.MessageName == messageName);
            if (model is null || start is null)
            {
                continue;
            }

            var result = await StartAtAsync(definition, model, start, correlationKey, variables: null, Clone(variables), actor, ct);
            if (result.Value is { } instance)
            {
                started.Add(instance.Id);
            }
        }

        return started;
    }

    private async Task<bool> BufferAsync(string messageName, string correlationKey, JsonObject? variables, CancellationToken ct)
    {
        TimeSpan? timeToLive = null;
        foreach (var definition in await definitions.LatestOfEachKeyAsync(ct))
        {
            var model = await models.GetAsync(definition.Id, ct);
            if (model?.MessageNamed(messageName)?.BufferTimeToLive is { } ttl && (timeToLive is null || ttl > timeToLive))
            {
                timeToLive = ttl;
            }
        }

        if (timeToLive is null)
        {
            return false;
        }

        await using var session = await store.OpenAsync(ct);
        var now = Time.GetUtcNow();
        session.Add(new BufferedMessage
        {
            Id = Guid.CreateVersion7(),
            Name = messageName,
            CorrelationKey = correlationKey,
            Variables = variables?.ToJsonString(),
            CreatedAt = now,
            ExpiresAt = now + timeToLive.Value,
        });
        await session.CommitAsync(ct);
        return true;
    }
}
