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
    // Options are immutable and thread-safe: built once, not per context. Profiled under the submit bench
    // (bench/README.md, issue 14), building them at every step's three contexts was a visible share of the request.
    private DbContextOptions<CaseServiceDbContext>? _standalone;
    private DbContextOptions<CaseServiceDbContext>? _onConnection;

    public CaseServiceDbContext Create() => new(_standalone ??= Standalone());

    /// <summary>A context on an open connection (a step's), so what it saves commits or rolls back with that connection's transaction.</summary>
    public CaseServiceDbContext Create(DbConnection connection, DbTransaction transaction)
    {
        var db = new CaseServiceDbContext(_onConnection ??= OnConnection());
        db.Database.SetDbConnection(connection);
        db.Database.UseTransaction(transaction);
        return db;
    }

    /// <summary>A context on an open connection with no transaction: a step's reads before its transaction begins (<see cref="Cases.StepCaseContext"/>).</summary>
    public CaseServiceDbContext Create(DbConnection connection)
    {
        var db = new CaseServiceDbContext(_onConnection ??= OnConnection());
        db.Database.SetDbConnection(connection);
        return db;
    }

    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var db = Create();
        await StoreMigrator.MigrateAsync(db, ct);
    }

    private DbContextOptions<CaseServiceDbContext> Standalone()
    {
        var builder = new DbContextOptionsBuilder<CaseServiceDbContext>();
        Configure(builder, options, dataSource);
        return builder.Options;
    }

    /// <summary>No connection of its own: each context is given the step's (<see cref="Create(DbConnection, DbTransaction)"/>).</summary>
    private DbContextOptions<CaseServiceDbContext> OnConnection()
    {
        var builder = new DbContextOptionsBuilder<CaseServiceDbContext>();
        _ = options.Provider == DatabaseProvider.PostgreSql ? builder.UseNpgsql() : builder.UseSqlite();
        return builder.Options;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, WorkflowOptions options, StoreDataSource? dataSource = null) =>
        StoreProvider.Use(builder, options.Provider, options.ConnectionString, CaseServiceDbContext.HistoryTable, options.SqliteSynchronous, dataSource?.PostgreSql);
}
