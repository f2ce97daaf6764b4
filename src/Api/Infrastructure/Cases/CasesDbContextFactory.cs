using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>
/// Makes <see cref="CasesDbContext"/>s on the engine's database: standalone (queries, start-up) or joined to a step's
/// connection and transaction, so what a service task saves commits or rolls back with the step.
/// </summary>
public sealed class CasesDbContextFactory(WorkflowOptions options)
{
    public CasesDbContext Create() => new(Configure(new DbContextOptionsBuilder<CasesDbContext>(), options.ConnectionString).Options);

    /// <summary>A context on the step's open connection, enlisted in its transaction; the caller disposes it, the step owns the connection.</summary>
    public CasesDbContext Create(IStepTransaction step) => Create(step.Connection, step.Transaction);

    public CasesDbContext Create(DbConnection connection, DbTransaction transaction)
    {
        var db = new CasesDbContext(Configure(new DbContextOptionsBuilder<CasesDbContext>(), connection).Options);
        db.Database.UseTransaction(transaction);
        return db;
    }

    private DbContextOptionsBuilder<CasesDbContext> Configure(DbContextOptionsBuilder<CasesDbContext> builder, string connectionString) =>
        options.Provider switch
        {
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString),
            _ => builder.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas(options.SqliteSynchronous)),
        };

    private DbContextOptionsBuilder<CasesDbContext> Configure(DbContextOptionsBuilder<CasesDbContext> builder, DbConnection connection) =>
        options.Provider switch
        {
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connection),
            _ => builder.UseSqlite(connection),
        };
}
