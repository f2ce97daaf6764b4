using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Workflows.Persistence;

public sealed class WorkflowStore(IDbContextFactory<WorkflowDbContext> contexts, StepAdmission admission, GroupCommit group) : IWorkflowStore
{
    public async Task<IWorkflowSession> OpenAsync(CancellationToken ct)
    {
        var (db, slot) = await ContextAsync(ct);
        if (group.Enabled)
        {
            // The step's turn at the shared writer, from the start: what it reads, it reads under the group's lock.
            var session = new WorkflowSession(db, transaction: null, slot, group);
            try
            {
                await session.BeginAsync(ct);
                return session;
            }
            catch
            {
                await session.DisposeAsync();
                throw;
            }
        }

        try
        {
            // On SQLite this is BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock is taken before the
            // instance is read, so a second writer waits and then reads the committed state, instead of failing late
            // on a stale snapshot. On PostgreSQL the instance row's concurrency stamp catches the same race.
            var transaction = await db.Database.BeginTransactionAsync(ct);
            return new WorkflowSession(db, transaction, slot, admissionFreedAtCommit: admission.FreedAtCommit);
        }
        catch
        {
            await db.DisposeAsync();
            slot?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A session whose transaction (on SQLite: the write lock) begins only when the step first writes, so the step's
    /// reads and its run through the interpreter do not hold up other steps' commits. A stale read surfaces as
    /// <see cref="ConcurrencyConflictException"/> at commit; the caller runs the step again.
    /// </summary>
    public async Task<IWorkflowSession> OpenDeferredAsync(CancellationToken ct)
    {
        var (db, slot) = await ContextAsync(ct);
        try
        {
            // Open for the whole session: every read and the later transaction use the one connection.
            await db.Database.OpenConnectionAsync(ct);
            return new WorkflowSession(db, transaction: null, slot, group, admission.FreedAtCommit);
        }
        catch
        {
            await db.DisposeAsync();
            slot?.Dispose();
            throw;
        }
    }

    private async Task<(WorkflowDbContext Db, IDisposable? Slot)> ContextAsync(CancellationToken ct)
    {
        // Admitted before a connection is taken, so a step waiting here holds nothing another step needs.
        var slot = await admission.EnterAsync(ct);
        try
        {
            var db = await contexts.CreateDbContextAsync(ct);
            // Every change a step makes is declared (Add, Remove, Touch), so scanning every tracked entity for changes
            // (and serialising the token lists to compare them) on each SaveChanges would be pure cost.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            return (db, slot);
        }
        catch
        {
            slot?.Dispose();
            throw;
        }
    }
}
