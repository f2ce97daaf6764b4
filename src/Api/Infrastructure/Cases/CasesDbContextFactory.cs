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

    /// <summary>
    /// The step's one case context, shared by its participant and service tasks (<see cref="IStepTransaction.Shared{T}"/>):
    /// an application the first of them loaded is found tracked by the next. The step's transaction begins first,
    /// without blocking a thread (on SQLite the step may wait for its turn at the engine's shared writer). The step disposes it; the caller must not.
    /// </summary>
    public async Task<CaseServiceDbContext> ForStepAsync(IStepTransaction step, CancellationToken ct)
    {
        await step.BeginAsync(ct);
        return step.Shared(() => Create(step.Connection, step.Transaction));
    }

    public CaseServiceDbContext Create(DbConnection connection, DbTransaction transaction) => store.Create(connection, transaction);
}
