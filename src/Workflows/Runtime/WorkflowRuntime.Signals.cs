using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Execution.Journal;

namespace SocialInsurance.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Broadcasts a signal to every instance subscribed to it when the broadcast begins (a subscription made by a
    /// receiver meanwhile waits for the next one, so a loop cannot feed itself). Receivers go through the batch path of
    /// <see cref="CorrelateMessagesAsync"/>: <paramref name="chunkSize"/> instances per transaction, each in its own
    /// savepoint, so one receiver that fails or conflicts is rolled back alone (conflicts are retried on fresh state)
    /// while the others commit. Every catch of the signal in an instance is resumed, with its own journal entries.
    /// </summary>
    public async Task<RuntimeResult<SignalResult>> BroadcastSignalAsync(
        string signalName, JsonObject? variables, Actor actor, int chunkSize = DefaultDeliveryChunk, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(signalName))
        {
            return RuntimeResult<SignalResult>.Invalid("Expected a signal name, but it was empty.", "signal.nameRequired");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var subscriptions = (await queries.SignalSubscriptionsAsync(signalName, ct))
            .GroupBy(b => b.InstanceId)
            .ToDictionary(g => g.Key, g => g.Select(b => b.Id).ToHashSet());
        var resumed = new List<Guid>();
        var failed = new List<Guid>();
        IReadOnlyList<Guid> pending = subscriptions.Keys.Order().ToArray();
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var conflicted = new List<Guid>();
            foreach (var chunk in pending.Chunk(chunkSize))
            {
                ct.ThrowIfCancellationRequested();
                await SignalChunkAsync(signalName, variables, actor, chunk, subscriptions, resumed, failed,
                    attempt < CorrelationAttempts ? conflicted : null);
            }

            pending = conflicted;
        }

        var started = await StartBySignalAsync(signalName, variables, actor, ct);
        return RuntimeResult<SignalResult>.Ok(new SignalResult(resumed, failed) { StartedInstances = started });
    }

    private async Task SignalChunkAsync(
        string signalName, JsonObject? variables, Actor actor, Guid[] chunk, Dictionary<Guid, HashSet<Guid>> subscriptions,
        List<Guid> resumed, List<Guid> failed, List<Guid>? retry)
    {
        var jobs = new List<Bookmark>();
        await using (var session = await store.OpenAsync(CancellationToken.None))
        {
            for (var index = 0; index < chunk.Length; index++)
            {
                var instanceId = chunk[index];
                var savepoint = $"signal_{index}";
                await session.Transaction.SavepointAsync(savepoint, CancellationToken.None);
                try
                {
                    var itemJobs = new List<Bookmark>();
                    if (!await SignalInSessionAsync(session, signalName, variables, actor, instanceId, subscriptions[instanceId], itemJobs))
                    {
                        await UndoAsync(session, savepoint);
                        continue;
                    }

                    await session.FlushAsync(CancellationToken.None);
                    await session.Transaction.ReleaseSavepointAsync(savepoint, CancellationToken.None);
                    jobs.AddRange(itemJobs);
                    resumed.Add(instanceId);
                }
                catch (ConcurrencyConflictException)
                {
                    await UndoAsync(session, savepoint);
                    if (retry is not null) retry.Add(instanceId); else failed.Add(instanceId);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    await UndoAsync(session, savepoint);
                    logger.LogWarning(ex, "Signal {SignalName} could not resume instance {InstanceId}; it was rolled back alone", signalName, instanceId);
                    failed.Add(instanceId);
                }
            }

            await session.CommitAsync(CancellationToken.None);
        }

        steps.Schedule(jobs);
    }

    /// <summary>
    /// Starts the published version of every process with a signal start event for this signal, each in its own
    /// transaction, with the signal's variables (after the waiting instances were resumed, so a started instance
    /// never receives the signal that started it).
    /// </summary>
    private async Task<IReadOnlyList<Guid>> StartBySignalAsync(string signalName, JsonObject? variables, Actor actor, CancellationToken ct)
    {
        var started = new List<Guid>();
        foreach (var definition in await definitions.PublishedWithMessageStartAsync(ct))
        {
            var model = await models.GetAsync(definition.Id, ct);
            foreach (var start in model?.SignalStartEvents.Where(s => ((Model.Events.SignalDefinition)s.Definition!).SignalName == signalName) ?? [])
            {
                if ((await StartAtAsync(definition, model!, start, businessKey: null, variables: null, Clone(variables), actor, ct)).Value is { } instance)
                {
                    started.Add(instance.Id);
                }
            }
        }

        return started;
    }

    /// <summary>Resumes every subscription of the snapshot that the instance still has, read under the lock.</summary>
    private async Task<bool> SignalInSessionAsync(
        IWorkflowSession session, string signalName, JsonObject? variables, Actor actor, Guid instanceId,
        HashSet<Guid> snapshot, List<Bookmark> jobs)
    {
        var ct = CancellationToken.None;
        var (instance, model) = await LoadAsync(session, instanceId, ct);
        var bookmarks = await session.BookmarksOfAsync(instanceId, ct);
        var matching = bookmarks.Where(b => b.Kind == BookmarkKind.Signal && snapshot.Contains(b.Id))
            .OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).ToArray();
        if (instance is null || model is null || matching.Length == 0)
        {
            return false;
        }

        var delivered = false;
        await using var scope = steps.NewScope();
        jobs.AddRange(await steps.RunAsync(session, scope, instance, model, actor, FailureMode.Incident, async step =>
        {
            foreach (var bookmark in matching)
            {
                // An event sub-process's start at process level waits on the process, which has no token.
                var token = step.FindToken(bookmark.TokenId);
                if (!step.HasBookmark(bookmark.Id) || (token is null && bookmark.TokenId != StepContext.ProcessScopeTokenId))
                {
                    continue;
                }

                step.Journal(model.Node(bookmark.ElementId), JournalEvents.SignalReceived, token, new JsonObject { ["signal"] = signalName });
                delivered |= await step.ResumeAsync(bookmark, Clone(variables));
            }
        }, bookmarks));
        return delivered;
    }

    /// <summary>
    /// The job of a signal throw or end event: broadcast, then remove the throw's bookmark. If the process dies in
    /// between, the sweep broadcasts again and reaches only those who subscribed since: at least once, never lost.
    /// </summary>
    private async Task BroadcastThrownSignalAsync(Bookmark thrown, CancellationToken ct)
    {
        await BroadcastSignalAsync(thrown.MessageName!, variables: null, Actor.System, ct: ct);
        await using var session = await store.OpenAsync(ct);
        if (await session.FindBookmarkAsync(thrown.Id, ct) is { } stillThere)
        {
            session.Remove(stillThere);
            await session.CommitAsync(ct);
        }
    }
}
