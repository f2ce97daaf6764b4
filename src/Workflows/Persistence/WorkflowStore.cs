using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Workflows.Persistence;

public sealed class WorkflowStore(IDbContextFactory<WorkflowDbContext> contexts) : IWorkflowStore
{
    public async Task<IWorkflowSession> OpenAsync(CancellationToken ct)
    {
        var db = await contexts.CreateDbContextAsync(ct);
        // Every change a step makes is declared (Add, Remove, Touch), so scanning every tracked entity for changes
        // (and serialising the token lists to compare them) on each SaveChanges would be pure cost.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // On SQLite this is BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock is taken before the
            // instance is read, so a second writer waits and then reads the committed state, instead of failing late
            // on a stale snapshot. On PostgreSQL the instance row's concurrency stamp catches the same race.
            var transaction = await db.Database.BeginTransactionAsync(ct);
            return new WorkflowSession(db, transaction);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}
