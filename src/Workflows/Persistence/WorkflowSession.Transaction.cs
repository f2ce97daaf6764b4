using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>The session's transaction: begun at open or when the step first writes, its savepoints, commit and rollback.</summary>
internal sealed partial class WorkflowSession
{
    public IStepTransaction Transaction => this;

    // A handler that asks for the connection is about to write on it: the transaction begins first, so its writes commit
    // with the step (a write outside it would commit on its own).
    DbConnection IStepTransaction.Connection
    {
        get
        {
            Began();
            return db.Database.GetDbConnection();
        }
    }

    DbTransaction IStepTransaction.Transaction => Began().GetDbTransaction();

    public Task SavepointAsync(string name, CancellationToken ct)
    {
        if (_transaction is null)
        {
            _pendingSavepoints.Add(name);
            return Task.CompletedTask;
        }

        return _transaction.CreateSavepointAsync(name, ct);
    }

    public Task RollbackToSavepointAsync(string name, CancellationToken ct)
    {
        if (_transaction is null)
        {
            // Nothing was written since (there is no transaction to write in); the savepoint itself stays, as in SQL.
            ForgetPendingAfter(name, keepNamed: true);
            return Task.CompletedTask;
        }

        return _transaction.RollbackToSavepointAsync(name, ct);
    }

    public Task ReleaseSavepointAsync(string name, CancellationToken ct)
    {
        if (_transaction is null)
        {
            ForgetPendingAfter(name, keepNamed: false);
            return Task.CompletedTask;
        }

        return _transaction.ReleaseSavepointAsync(name, ct);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (!_writes.IsEmpty)
        {
            var began = await BeganAsync(ct);
            await _writes.FlushAsync(db.Database.GetDbConnection(), began.GetDbTransaction(), ct);
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
        if (_transaction is null && _writes.IsEmpty)
        {
            // Read only: nothing to write, no lock to take.
            _committed = true;
            return;
        }

        await FlushAsync(ct);
        await _transaction!.CommitAsync(ct);
        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_transaction is not null)
            {
                if (!_committed)
                {
                    await _transaction.RollbackAsync();
                }

                await _transaction.DisposeAsync();
            }

            await db.DisposeAsync();
        }
        finally
        {
            // The connection is back in the pool (or broken): the next step may take it.
            admission?.Dispose();
        }
    }

    private IDbContextTransaction Began()
    {
        if (_transaction is null)
        {
            _transaction = db.Database.BeginTransaction();
            CreatePendingSavepoints(_transaction);
        }

        return _transaction;
    }

    private async Task<IDbContextTransaction> BeganAsync(CancellationToken ct)
    {
        if (_transaction is null)
        {
            // On SQLite BEGIN IMMEDIATE: the write lock from here to the commit.
            _transaction = await db.Database.BeginTransactionAsync(ct);
            CreatePendingSavepoints(_transaction);
        }

        return _transaction;
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
