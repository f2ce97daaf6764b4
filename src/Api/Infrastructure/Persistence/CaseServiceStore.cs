using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Persistence.Schema;

namespace SocialInsurance.Api.Infrastructure.Persistence;

/// <summary>
/// The one place <see cref="CaseServiceDbContext"/>'s options are made: the engine's provider and database, this
/// store's own migration history table and per-provider migrations (<c>Persistence/Migrations/Sqlite</c>, <c>/PostgreSql</c>).
/// </summary>
public sealed class CaseServiceStore(WorkflowOptions options, StoreDataSource dataSource)
{
    public CaseServiceDbContext Create()
    {
        var builder = new DbContextOptionsBuilder<CaseServiceDbContext>();
        Configure(builder, options, dataSource);
        return new CaseServiceDbContext(builder.Options);
    }

    /// <summary>A context on an open connection (a step's), so what it saves commits or rolls back with that connection's transaction.</summary>
    public CaseServiceDbContext Create(DbConnection connection, DbTransaction transaction)
    {
        var builder = new DbContextOptionsBuilder<CaseServiceDbContext>();
        _ = options.Provider == DatabaseProvider.PostgreSql ? builder.UseNpgsql(connection) : builder.UseSqlite(connection);
        var db = new CaseServiceDbContext(builder.Options);
        db.Database.UseTransaction(transaction);
        return db;
    }

    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var db = Create();
        await StoreMigrator.MigrateAsync(db, ct);
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, WorkflowOptions options, StoreDataSource? dataSource = null) =>
        StoreProvider.Use(builder, options.Provider, options.ConnectionString, CaseServiceDbContext.HistoryTable, options.SqliteSynchronous, dataSource?.PostgreSql);
}
