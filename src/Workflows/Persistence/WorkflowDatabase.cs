using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence.Schema;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// The engine's store: brings its tables to the latest migration (<c>Persistence/Migrations/Sqlite</c> or
/// <c>/PostgreSql</c>), adopting a database made before migrations existed. A host with other stores in the same
/// database takes <see cref="MigrationLock"/> around all of them; <see cref="MigrateAsync"/> takes it when asked to.
/// </summary>
public sealed class WorkflowDatabase(IDbContextFactory<WorkflowDbContext> contexts, WorkflowOptions options)
{
    /// <summary>The engine's migration history table (the case service's store keeps its own in the same database).</summary>
    public const string HistoryTable = "wf_schema_migrations";

    public async Task MigrateAsync(CancellationToken ct = default) => await MigrateAsync(takeLock: true, ct);

    public async Task MigrateAsync(bool takeLock, CancellationToken ct)
    {
        await using var held = takeLock ? await MigrationLock.AcquireAsync(options.Provider, options.ConnectionString, ct) : null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        await StoreMigrator.MigrateAsync(db, ct);
    }

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
    }

    /// <summary>Options for the engine's context: the one place its provider, history table and migrations are chosen.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, WorkflowOptions options, StoreDataSource? dataSource = null) =>
        StoreProvider.Use(builder, options.Provider, options.ConnectionString, HistoryTable, options.SqliteSynchronous, dataSource?.PostgreSql);
}
