using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// The session's transaction: begun at open or when the step first writes, its savepoints, commit and rollback. With
/// <see cref="GroupCommit"/> on (SQLite) the transaction is a savepoint in the shared writer's group, and the step's
/// reads from then on go to the writer's connection too (they must see what the step and its group wrote).
/// </summary>
internal sealed partial class WorkflowSession
{
    private GroupMember? _member;

    /// <summary>The transaction the step writes in, once begun: its own, or its group's.</summary>
    private IDbContextTransaction? Current => _member?.Transaction ?? _transaction;

    /// <summary>The context reads and writes go through: the session's own, or the group writer's once the step writes.</summary>
    private WorkflowDbContext Db => _member?.Db ?? db;

    /// <summary>Begins now unless begun: a session opened for writing, or a handler about to write (<see cref="IStepTransaction.BeginAsync"/>).</summary>
    public Task BeginAsync(CancellationToken ct) => BeganAsync(ct);
    public IStepTransaction Transaction => this;

    // A handler that asks for the connection is about to write on it: the transaction begins first, so its writes commit
    // with the step (a write outside it would commit on its own). Handlers await BeginAsync before, so this does not wait;
    // one that does not blocks its thread for its turn at the group's writer.
    DbConnection IStepTransaction.Connection
    {
        get
        {
            Began();
            return Db.Database.GetDbConnection();
        }
    }

    DbTransaction IStepTransaction.Transaction => Began().GetDbTransaction();

    bool IStepTransaction.HasBegun => Current is not null;

    // Before the transaction begins the session reads on its own connection, outside any transaction.
    DbConnection IStepTransaction.ReadConnection => db.Database.GetDbConnection();

    public Task SavepointAsync(string name, CancellationToken ct)
    {
        if (Current is not { } current)
        {
            _pendingSavepoints.Add(name);
            if (HasDeferredWrites)
            {
                // Held-back writes from before this savepoint cannot be told apart from those after it once both are
                // written; a rollback to it then runs the step again with its transaction begun (RollbackToSavepointAsync).
                _savepointsOverDeferred.Add(name);
            }

            return Task.CompletedTask;
        }

        return current.CreateSavepointAsync(name, ct);
    }

    public async Task RollbackToSavepointAsync(string name, CancellationToken ct)
    {
        if (_savepointsOverDeferred.Contains(name))
        {
            throw new ConcurrencyConflictException(
                $"Expected to roll back to savepoint '{name}' keeping the writes held back before it, but they are held together with those after it; the step runs again in its transaction.")
            {
                NeedsTransaction = true,
            };
        }

        await DropSharedAsync();
        if (Current is not { } current)
        {
            // Nothing was written since (there is no transaction to write in); the savepoint itself stays, as in SQL.
            ForgetPendingAfter(name, keepNamed: true);
            return;
        }

        await current.RollbackToSavepointAsync(name, ct);
    }

    public Task ReleaseSavepointAsync(string name, CancellationToken ct)
    {
        _savepointsOverDeferred.Remove(name);
        if (Current is not { } current)
        {
            ForgetPendingAfter(name, keepNamed: false);
            return Task.CompletedTask;
        }

        return current.ReleaseSavepointAsync(name, ct);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (Current is null && !_writes.IsEmpty && db.Database.GetDbConnection() is SqliteConnection)
        {
            // Before the step takes SQLite's one writer, which every other step waits for, rather than while holding it.
            await _writes.ConvertForSqliteAsync(ct);
        }

        if (HasDeferredWrites)
        {
            // Beginning writes them.
            await BeganAsync(ct);
        }

        if (!_writes.IsEmpty)
        {
            var began = await BeganAsync(ct);
            await _writes.FlushAsync(Db.Database.GetDbConnection(), began.GetDbTransaction(), ct);
        }

        // What was read is re-read by the next use: its stamps must be the ones now in the database.
        _identities.Clear();
    }

    public void Discard()
    {
        _writes.Clear();
        _identities.Clear();
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        if (Current is null && _writes.IsEmpty && !HasDeferredWrites)
        {
            // Read only: nothing to write, no lock to take. What it read may be a commit whose log is still syncing
            // (GroupCommit.LogSync): its caller is answered once that is durable.
            _committed = true;
            if (group is { Enabled: true })
            {
                await group.DurableAsync();
            }

            return;
        }

        if (Current is null && !HasDeferredWrites && group is { Enabled: true })
        {
            // Only the engine's own rows to write, nothing begun on the writer's connection: the step needs no turn of
            // its own there; whoever holds the writer runs its statements (GroupCommit.Batches).
            var writes = await _writes.TakeConvertedAsync(ct);
            _identities.Clear();
            await group.CommitAsync(writes);
            _committed = true;
            return;
        }

        await FlushAsync(ct);
        if (_member is not null)
        {
            // Returns once the group committed: only then is the step done (and its caller answered).
            _committed = true;
            await _member.CommitAsync();
            return;
        }

        await _transaction!.CommitAsync(ct);
        _committed = true;
        if (admissionFreedAtCommit)
        {
            // What the caller still does (scheduling the step's jobs, which takes a connection of Hangfire's own) must
            // not hold the next step back. On SQLite the write lock is gone with the commit. On PostgreSQL the slot
            // stands for the pooled connection, so the connection goes back first: a step that kept it while
            // Hangfire's client waited for another made every busy node a convoy of steps each holding one.
            if (db.Database.IsNpgsql())
            {
                await _transaction.DisposeAsync();
                _transaction = null;
                await db.Database.CloseConnectionAsync();
            }

            admission?.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await DropSharedAsync();
            if (_member is not null)
            {
                // Not committed (or its commit failed): its savepoint is undone, the rest of the group goes on.
                await _member.AbortAsync();
            }

            if (_transaction is not null)
            {
                if (!_committed)
                {
                    await _transaction.RollbackAsync();
                }

                await _transaction.DisposeAsync();
            }

            // The store may keep the context, its connection still open, for the next step (SQLite).
            await (release is null ? db.DisposeAsync() : release(db));
            if (!_committed && group is { Enabled: true })
            {
                // A step that ends without committing (refused, in conflict, failed) answers on what it read: that must
                // be durable first (GroupCommit.LogSync), as for a step that committed only reads.
                await group.DurableAsync();
            }
        }
        finally
        {
            // The connection is back in the pool (or broken): the next step may take it.
            admission?.Dispose();
        }
    }

    private IDbContextTransaction Began()
    {
        if (Current is { } current)
        {
            return current;
        }

        if (group is { Enabled: true })
        {
            // A handler asks synchronously; it waits for its turn as SQLite's busy wait would have.
            _member = group.Join();
        }
        else
        {
            _transaction = db.Database.BeginTransaction();
        }

        CreatePendingSavepoints(Current!);
        // A handler that asks synchronously already blocks its thread for the lock; the held-back writes are short.
        WriteDeferredAsync(Current!, CancellationToken.None).GetAwaiter().GetResult();
        return Current!;
    }

    private async Task<IDbContextTransaction> BeganAsync(CancellationToken ct)
    {
        if (Current is { } current)
        {
            return current;
        }

        if (group is { Enabled: true })
        {
            _member = await group.JoinAsync();
        }
        else
        {
            // On SQLite BEGIN IMMEDIATE: the write lock from here to the commit.
            _transaction = await db.Database.BeginTransactionAsync(ct);
        }

        CreatePendingSavepoints(Current!);
        await WriteDeferredAsync(Current!, ct);
        return Current!;
    }

    private void CreatePendingSavepoints(IDbContextTransaction began)
    {
        foreach (var name in _pendingSavepoints)
        {
            began.CreateSavepoint(name);
        }

        _pendingSavepoints.Clear();
    }

    private void ForgetPendingAfter(string name, bool keepNamed)
    {
        var at = _pendingSavepoints.LastIndexOf(name);
        if (at < 0)
        {
            throw new InvalidOperationException($"Expected savepoint '{name}' to exist, but it was never created or is already released.");
        }

        var from = keepNamed ? at + 1 : at;
        _pendingSavepoints.RemoveRange(from, _pendingSavepoints.Count - from);
    }
}
