using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Workflows.Persistence;

public sealed class WorkflowStore(IDbContextFactory<WorkflowDbContext> contexts, StepAdmission admission) : IWorkflowStore
{
    public async Task<IWorkflowSession> OpenAsync(CancellationToken ct)
    {
        // Admitted before a connection is taken, so a step waiting here holds nothing another step needs.
        var slot = await admission.EnterAsync(ct);
        WorkflowDbContext db;
        try
        {
            db = await contexts.CreateDbContextAsync(ct);
        }
        catch
        {
            slot?.Dispose();
            throw;
        }

        // Every change a step makes is declared (Add, Remove, Touch), so scanning every tracked entity for changes
        // (and serialising the token lists to compare them) on each SaveChanges would be pure cost.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // On SQLite this is BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock is taken before the
            // instance is read, so a second writer waits and then reads the committed state, instead of failing late
            // on a stale snapshot. On PostgreSQL the instance row's concurrency stamp catches the same race.
            var transaction = await db.Database.BeginTransactionAsync(ct);
            return new WorkflowSession(db, transaction, slot, admission.FreedAtCommit);
        }
        catch
        {
            await db.DisposeAsync();
            slot?.Dispose();
            throw;
        }
    }
}
