using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Persistence.Schema;

namespace SocialInsurance.Api.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the latest schema of both stores — the engine's, then the case service's — under one
/// <see cref="MigrationLock"/> (on PostgreSQL the first node migrates, the others wait and then find nothing to do),
/// then seeds the reference data the steps read. Run at start-up or by <c>SocialInsurance.Api migrate</c>
/// (<c>Database:Migrations</c>, docs/operations.md).
/// </summary>
public sealed class DatabaseMigrator(WorkflowDatabase engine, CaseServiceStore cases, PolicyDatabase policy, WorkflowOptions options)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using (await LockAsync(ct))
        {
            await MigrateHoldingLockAsync(ct);
        }
    }

    /// <summary>The lock that serialises schema changes and start-up's data preparation across nodes.</summary>
    public Task<MigrationLock> LockAsync(CancellationToken ct) => MigrationLock.AcquireAsync(options.Provider, options.ConnectionString, ct);

    /// <summary>For a caller that already holds <see cref="LockAsync"/> (start-up, which also seeds and deploys under it).</summary>
    public async Task MigrateHoldingLockAsync(CancellationToken ct)
    {
        await engine.MigrateAsync(takeLock: false, ct);
        await cases.MigrateAsync(ct);
        await policy.SeedAsync(ct);
    }

    /// <summary>Migrations not yet applied to either store (empty when the schema is current).</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct = default)
    {
        var pending = new List<string>();
        await using (var db = cases.Create())
        {
            pending.AddRange((await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetPendingMigrationsAsync(db.Database, ct)).Select(m => $"case service: {m}"));
        }

        pending.AddRange((await engine.PendingAsync(ct)).Select(m => $"engine: {m}"));
        return pending;
    }
}
