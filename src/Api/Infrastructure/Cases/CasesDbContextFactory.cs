using System.Data.Common;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>
/// Makes <see cref="CaseServiceDbContext"/>s for the case code: standalone (queries, jobs) or joined to a step's
/// connection and transaction, so what a service task saves commits or rolls back with the step.
/// </summary>
public sealed class CasesDbContextFactory(CaseServiceStore store)
{
    public CaseServiceDbContext Create() => store.Create();

    /// <summary>A context on the step's open connection, enlisted in its transaction; the caller disposes it, the step owns the connection.</summary>
    public CaseServiceDbContext Create(IStepTransaction step) => Create(step.Connection, step.Transaction);

    /// <summary>
    /// As <see cref="Create(IStepTransaction)"/>, for a service task about to write: the step's transaction begins first
    /// without blocking a thread (on SQLite the step may wait for its turn at the engine's shared writer).
    /// </summary>
    public async Task<CaseServiceDbContext> CreateAsync(IStepTransaction step, CancellationToken ct)
    {
        await step.BeginAsync(ct);
        return Create(step.Connection, step.Transaction);
    }

    public CaseServiceDbContext Create(DbConnection connection, DbTransaction transaction) => store.Create(connection, transaction);
}
