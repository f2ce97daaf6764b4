using System.Collections.Concurrent;
using System.Data;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Workflows.Persistence;

public sealed class WorkflowStore(IDbContextFactory<WorkflowDbContext> contexts, StepAdmission admission, GroupCommit group, WorkflowOptions options)
    : IWorkflowStore, IAsyncDisposable
{
    /// <summary>Idle contexts kept with their connection open, at most this many (more than steps ever run at once here).</summary>
    private const int MaxIdleReaders = 16;

    private readonly ConcurrentQueue<WorkflowDbContext> _idleReaders = new();
    private readonly bool _keepReaders = options.Provider == DatabaseProvider.Sqlite;

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
        var (db, slot) = await ContextAsync(ct, reuse: _keepReaders);
        try
        {
            // Open for the whole session: every read and the later transaction use the one connection.
            if (db.Database.GetDbConnection().State != ConnectionState.Open)
            {
                await db.Database.OpenConnectionAsync(ct);
            }

            return new WorkflowSession(db, transaction: null, slot, group, admission.FreedAtCommit, _keepReaders ? ReleaseAsync : null);
        }
        catch
        {
            await db.DisposeAsync();
            slot?.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (_idleReaders.TryDequeue(out var db))
        {
            await db.DisposeAsync();
        }
    }

    /// <summary>
    /// SQLite: a deferred session's context goes back with its connection still open, for the next step to read on.
    /// Microsoft.Data.Sqlite re-registers EF Core's SQL functions on a pooled handle at every open and removes them at
    /// every close, about 10 KiB of hooks per step (bench/README.md, issue 14 §5); between steps the connection holds no
    /// transaction and so no lock. A context left in a transaction or with its connection closed is not kept.
    /// </summary>
    private ValueTask ReleaseAsync(WorkflowDbContext db)
    {
        if (db.Database.CurrentTransaction is null
            && db.Database.GetDbConnection().State == ConnectionState.Open
            && _idleReaders.Count < MaxIdleReaders)
        {
            db.ChangeTracker.Clear();
            _idleReaders.Enqueue(db);
            return ValueTask.CompletedTask;
        }

        return db.DisposeAsync();
    }

    private async Task<(WorkflowDbContext Db, IDisposable? Slot)> ContextAsync(CancellationToken ct, bool reuse = false)
    {
        // Admitted before a connection is taken, so a step waiting here holds nothing another step needs.
        var slot = await admission.EnterAsync(ct);
        if (reuse && _idleReaders.TryDequeue(out var idle))
        {
            return (idle, slot);
        }

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
