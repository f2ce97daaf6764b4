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
    /// Messages per transaction. One commit (one fsync at synchronous=FULL) and one write-lock acquisition are shared
    /// by this many deliveries; more would hold SQLite's single write lock long enough to delay interactive steps.
    /// </summary>
    public const int DefaultDeliveryChunk = 250;

    /// <summary>
    /// Delivers many messages, <paramref name="chunkSize"/> per transaction, each inside its own savepoint: a message
    /// that finds nobody, fails or conflicts is rolled back alone and reported, the others of its chunk commit. Each
    /// message resumes every instance waiting for its name and key, exactly as <see cref="CorrelateMessageAsync"/>
    /// does, and journals the same entries; unlike it, a batch never starts instances by message nor buffers.
    /// Cancellation is honoured between chunks: a chunk that has begun commits whole, so stopping (or a crash) loses
    /// no committed delivery and repeats none — a rerun finds the delivered instances no longer waiting.
    /// </summary>
    /// <returns>One outcome per message, in order.</returns>
    public async Task<IReadOnlyList<DeliveryOutcome>> CorrelateMessagesAsync(
        IReadOnlyList<MessageDelivery> messages, Actor actor, int chunkSize = DefaultDeliveryChunk, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var outcomes = new DeliveryOutcome?[messages.Count];
        IReadOnlyList<int> pending = Enumerable.Range(0, messages.Count).ToArray();
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var conflicted = new List<int>();
            foreach (var chunk in pending.Chunk(chunkSize))
            {
                ct.ThrowIfCancellationRequested();
                await DeliverChunkAsync(messages, chunk, actor, outcomes, attempt < CorrelationAttempts ? conflicted : null, ct);
            }

            // Conflicts are another writer's progress: retried on fresh state, after the rest went through.
            pending = conflicted;
        }

        return outcomes!;
    }

    private async Task DeliverChunkAsync(
        IReadOnlyList<MessageDelivery> messages, int[] chunk, Actor actor, DeliveryOutcome?[] outcomes, List<int>? retry, CancellationToken ct)
    {
        var jobs = new List<Bookmark>();
        await using (var session = await store.OpenAsync(ct))
        {
            foreach (var index in chunk)
            {
                var message = messages[index];
                if (string.IsNullOrWhiteSpace(message.MessageName))
                {
                    outcomes[index] = DeliveryOutcome.Not(message, DeliveryStatus.Invalid, "Expected a message name, but it was empty.");
                    continue;
                }

                var savepoint = $"delivery_{index}";
                await session.Transaction.SavepointAsync(savepoint, CancellationToken.None);
                try
                {
                    var itemJobs = new List<Bookmark>();
                    var resumed = await DeliverInSessionAsync(session, message, actor, itemJobs);
                    if (resumed.Count == 0)
                    {
                        await UndoAsync(session, savepoint);
                        outcomes[index] = DeliveryOutcome.Not(message, DeliveryStatus.Unmatched,
                            $"Expected an instance waiting for message '{message.MessageName}' with correlation key '{message.CorrelationKey}', but none is.");
                        continue;
                    }

                    await session.FlushAsync(CancellationToken.None);
                    await session.Transaction.ReleaseSavepointAsync(savepoint, CancellationToken.None);
                    jobs.AddRange(itemJobs);
                    outcomes[index] = DeliveryOutcome.Correlated(message, resumed);
                }
                catch (ConcurrencyConflictException ex)
                {
                    await UndoAsync(session, savepoint);
                    retry?.Add(index);
                    outcomes[index] = DeliveryOutcome.Not(message, DeliveryStatus.Conflicted, ex.Message);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    await UndoAsync(session, savepoint);
                    logger.LogWarning(ex, "Delivering message {MessageName} failed and was rolled back; the rest of its batch goes on", message.MessageName);
                    outcomes[index] = DeliveryOutcome.Not(message, DeliveryStatus.Failed, ex.Message);
                }
            }

            await session.CommitAsync(CancellationToken.None);
        }

        steps.Schedule(jobs);
    }

    /// <summary>Every instance waiting for the message, read under the lock, resumed in this session (not committed).</summary>
    private async Task<IReadOnlyList<Guid>> DeliverInSessionAsync(IWorkflowSession session, MessageDelivery message, Actor actor, List<Bookmark> jobs)
    {
        var ct = CancellationToken.None;
        var resumed = new List<Guid>();
        var instanceIds = (await session.SubscriptionsAsync(message.MessageName, message.CorrelationKey, ct))
            .Select(b => b.InstanceId).Distinct().ToArray();
        foreach (var instanceId in instanceIds)
        {
            var (instance, model) = await LoadAsync(session, instanceId, ct);
            var bookmarks = await session.BookmarksOfAsync(instanceId, ct);
            var matching = bookmarks
                .Where(b => b.MessageName == message.MessageName && b.CorrelationKey == message.CorrelationKey)
                .OrderBy(b => b.CreatedAt).ThenBy(b => b.Id)
                .FirstOrDefault();
            if (instance is null || model is null || matching is null)
            {
                continue;
            }

            var delivered = false;
            await using var scope = steps.NewScope();
            jobs.AddRange(await steps.RunAsync(session, scope, instance, model, actor, FailureMode.Incident, async step =>
            {
                step.Journal(model.Node(matching.ElementId), JournalEvents.MessageCorrelated, step.FindToken(matching.TokenId),
                    new JsonObject { ["message"] = message.MessageName, ["correlationKey"] = message.CorrelationKey });
                delivered = await step.ResumeAsync(matching, Clone(message.Variables));
            }, bookmarks));
            if (delivered)
            {
                resumed.Add(instanceId);
            }
        }

        return resumed;
    }

    /// <summary>Takes one message back: its rows to the savepoint, and what the session read or meant to write with it.</summary>
    private static async Task UndoAsync(IWorkflowSession session, string savepoint)
    {
        await session.Transaction.RollbackToSavepointAsync(savepoint, CancellationToken.None);
        session.Discard();
    }
}
