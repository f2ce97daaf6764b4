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

    public CaseServiceDbContext Create(DbConnection connection, DbTransaction transaction) => store.Create(connection, transaction);
}
