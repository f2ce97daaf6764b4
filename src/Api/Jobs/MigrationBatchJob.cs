using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Api.Jobs;

/// <summary>
/// Runs one migration batch (enqueued by <c>POST /api/admin/migrations</c>). Takes the batch id only; running it
/// twice is safe, because the runner tries only the instances still pending and skips those already migrated.
/// </summary>
public sealed class MigrationBatchJob(MigrationBatchRunner runner)
{
    public Task RunAsync(Guid batchId, CancellationToken ct) => runner.RunAsync(batchId, ct);
}
