using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>
/// Moves ONE instance to the plan's target version in one transaction: its tokens, its wait states (tasks,
/// subscriptions, timers, boundary events, event sub-process starts) and its open incidents; variables stay as they
/// are. The instance is checked again inside the transaction, so one that moved on since the dry run is re-planned,
/// and one that cannot move is reported and left untouched — never half-migrated. The journal records the move.
/// </summary>
public sealed partial class InstanceMigrator(IWorkflowStore store, StepRunner steps)
{
    /// <summary>The journal event of a migration, on the process element.</summary>
    public const string MigratedEvent = "Migrated";

    /// <summary>A conflict with a step running at the same moment is retried on fresh state this many times in all.</summary>
    private const int Attempts = 3;

    /// <param name="dryRunStamp">The instance's concurrency stamp when the plan was shown; a different one means it was re-planned.</param>
    public async Task<MigrationOutcome> MigrateAsync(MigrationPlan plan, Guid instanceId, long? dryRunStamp, Actor actor, CancellationToken ct = default)
    {
        if (!plan.IsValid)
        {
            return MigrationOutcome.Failed(plan.Problems);
        }

        for (var attempt = 1; attempt < Attempts; attempt++)
        {
            try
            {
                return await MigrateOnceAsync(plan, instanceId, dryRunStamp, actor, ct);
            }
            catch (ConcurrencyConflictException)
            {
                // Another step committed first: the next attempt reads (and checks) the instance as it is now.
            }
        }

        try
        {
            return await MigrateOnceAsync(plan, instanceId, dryRunStamp, actor, ct);
        }
        catch (ConcurrencyConflictException)
        {
            return MigrationOutcome.Failed([MigrationProblem.Of(MigrationProblemCodes.Instance.ChangedConcurrently, plan.Source.Key,
                $"Expected instance {instanceId} to hold still while it migrated, but other steps changed it {Attempts} times; migrate it again later.",
                new { instanceId })], replanned: true);
        }
    }

    private async Task<MigrationOutcome> MigrateOnceAsync(MigrationPlan plan, Guid instanceId, long? dryRunStamp, Actor actor, CancellationToken ct)
    {
        await using var session = await store.OpenAsync(ct);
        var instance = await session.FindInstanceAsync(instanceId, ct);
        if (Skip(plan, instance, instanceId) is { } skipped)
        {
            return skipped;
        }

        var bookmarks = await session.BookmarksOfAsync(instanceId, ct);
        var replanned = dryRunStamp is not null && dryRunStamp != instance!.ConcurrencyStamp;
        var report = InstanceCheck.Check(plan, instance!, bookmarks);
        if (!report.CanMigrate)
        {
            return MigrationOutcome.Failed(report.Problems, replanned);
        }

        await steps.CommitAsync(session, instance!, plan.Target, actor, FailureMode.Incident, step => MoveAsync(step, plan, bookmarks), bookmarks);
        return MigrationOutcome.Migrated(replanned);
    }

    private static MigrationOutcome? Skip(MigrationPlan plan, ProcessInstance? instance, Guid instanceId)
    {
        if (instance is null)
        {
            return MigrationOutcome.Failed([MigrationProblem.Of(MigrationProblemCodes.Instance.InstanceNotFound, plan.Source.Key,
                $"Expected instance {instanceId} to exist, but it does not.", new { instanceId })]);
        }

        if (instance.DefinitionId == plan.TargetDefinitionId)
        {
            return MigrationOutcome.Skipped(MigrationProblem.Of(MigrationProblemCodes.Instance.AlreadyOnTarget, plan.Target.Key,
                $"Instance {instanceId} already runs version {plan.TargetVersion}.", new { version = plan.TargetVersion }));
        }

        if (instance.Status != InstanceStatus.Active)
        {
            return MigrationOutcome.Skipped(MigrationProblem.Of(MigrationProblemCodes.Instance.InstanceEnded, plan.Source.Key,
                $"Instance {instanceId} has ended ({instance.Status}); there is nothing to migrate.", new { status = instance.Status.ToString() }));
        }

        return instance.DefinitionId != plan.SourceDefinitionId
            ? MigrationOutcome.Skipped(MigrationProblem.Of(MigrationProblemCodes.Instance.OtherVersion, plan.Source.Key,
                $"Expected instance {instanceId} to run version {plan.SourceVersion}, but it runs version {instance.ProcessVersion}.",
                new { expected = plan.SourceVersion, actual = instance.ProcessVersion }))
            : null;
    }

    private static JsonObject JournalData(MigrationPlan plan) => new()
    {
        ["from"] = plan.SourceVersion,
        ["to"] = plan.TargetVersion,
        ["mapping"] = new JsonArray(plan.Mappings.Select(m => (JsonNode)new JsonObject { ["source"] = m.Source, ["target"] = m.Target }).ToArray()),
    };
}
