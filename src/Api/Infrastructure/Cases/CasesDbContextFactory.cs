using System.Data.Common;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>
/// Makes <see cref="CaseServiceDbContext"/>s for the case code: standalone (queries, jobs) or the step's one context
/// (<see cref="StepCaseContext"/>), so what a service task saves commits or rolls back with the step.
/// </summary>
public sealed class CasesDbContextFactory(CaseServiceStore store)
{
    public CaseServiceDbContext Create() => store.Create();

    /// <summary>
    /// The step's one case context, shared by its participant and service tasks (<see cref="IStepTransaction.Shared{T}"/>):
    /// an application the first of them loaded is found tracked by the next. The step's transaction begins first,
    /// without blocking a thread (on SQLite the step may wait for its turn at the engine's shared writer), and what was
    /// held back (<see cref="ForStepHolding"/>) is written then. For handlers whose reads must be under the lock (a
    /// read-modify-write of anything but an application). The step disposes it; the caller must not.
    /// </summary>
    public async Task<CaseServiceDbContext> ForStepAsync(IStepTransaction step, CancellationToken ct)
    {
        await step.BeginAsync(ct);
        return StepContext(step).Db;
    }

    /// <summary>
    /// The same context, without beginning the step's transaction: until something begins it, reads see committed rows
    /// and saves are held back (<see cref="StepCaseContext"/>), so the handler does not hold the one writer on SQLite.
    /// For handlers that only read, or write only applications (whose versions are checked when the saves are written)
    /// and new rows. The step disposes it; the caller must not.
    /// </summary>
    public CaseServiceDbContext ForStepHolding(IStepTransaction step) => StepContext(step).Db;

    /// <summary>A bulk write in the step: at once if the step writes directly, else with its held-back saves.</summary>
    public Task AtStepWriteAsync(IStepTransaction step, Func<CaseServiceDbContext, CancellationToken, Task> write, CancellationToken ct) =>
        StepContext(step).AtWriteAsync(write, ct);

    public CaseServiceDbContext Create(DbConnection connection, DbTransaction transaction) => store.Create(connection, transaction);

    private StepCaseContext StepContext(IStepTransaction step) =>
        step.Shared(() => step.HasBegun
            ? StepCaseContext.Writing(Create(step.Connection, step.Transaction))
            : StepCaseContext.Holding(store.Create(step.ReadConnection)));
}
