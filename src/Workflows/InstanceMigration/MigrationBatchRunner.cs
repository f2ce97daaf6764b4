using System.Text.Json;
using Microsoft.Extensions.Logging;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>
/// Runs a batch: each pending instance through <see cref="InstanceMigrator"/> in its own transaction, the outcome and
/// the batch's counts saved after each one. Safe to run twice (Hangfire may retry): items already decided are not
/// tried again, and an instance already on the target version is skipped, so nothing migrates twice.
/// </summary>
public sealed class MigrationBatchRunner(MigrationService migrations, IMigrationStore store, InstanceMigrator migrator, TimeProvider time, ILogger<MigrationBatchRunner> logger)
{
    public async Task RunAsync(Guid batchId, CancellationToken ct = default)
    {
        var batch = await store.FindAsync(batchId, ct);
        if (batch is null || batch.Status is MigrationBatchStatus.Completed)
        {
            return;
        }

        var plan = await migrations.PlanAsync(batch.ProcessKey, batch.SourceVersion, batch.TargetVersion, MigrationService.MappingOf(batch), ct);
        if (!plan.IsOk || !plan.Value!.IsValid)
        {
            logger.LogWarning("Migration batch {BatchId} stopped: its plan no longer holds ({Error})", batchId, plan.Error ?? "plan problems");
            batch.Status = MigrationBatchStatus.Failed;
            batch.EndedAt = time.GetUtcNow();
            await store.SaveProgressAsync(batch, null, ct);
            return;
        }

        batch.Status = MigrationBatchStatus.Running;
        await store.SaveProgressAsync(batch, null, ct);
        var actor = Actor.User(batch.CreatedBy);
        foreach (var item in batch.Items.Where(i => i.Outcome == MigrationItemOutcome.Pending))
        {
            ct.ThrowIfCancellationRequested();
            var outcome = await migrator.MigrateAsync(plan.Value, item.InstanceId, item.PlannedStamp, actor, ct);
            Record(batch, item, outcome);
            await store.SaveProgressAsync(batch, item, ct);
        }

        batch.Status = MigrationBatchStatus.Completed;
        batch.EndedAt = time.GetUtcNow();
        await store.SaveProgressAsync(batch, null, ct);
    }

    private void Record(MigrationBatch batch, MigrationItem item, MigrationOutcome outcome)
    {
        item.ProcessedAt = time.GetUtcNow();
        item.Outcome = outcome.Kind switch
        {
            MigrationOutcomeKind.Migrated => MigrationItemOutcome.Migrated,
            MigrationOutcomeKind.Skipped => MigrationItemOutcome.Skipped,
            _ => MigrationItemOutcome.Failed,
        };
        if (outcome.Problems.FirstOrDefault() is { } problem)
        {
            item.ProblemCode = problem.Code;
            item.ProblemElementId = problem.ElementId;
            item.Message = problem.Message;
            item.ProblemArgs = JsonSerializer.Serialize(problem.Args);
        }

        _ = item.Outcome switch
        {
            MigrationItemOutcome.Migrated => batch.Migrated++,
            MigrationItemOutcome.Skipped => batch.Skipped++,
            _ => batch.Failed++,
        };
    }
}
