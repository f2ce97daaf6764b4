using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>
/// A step's one <see cref="CaseServiceDbContext"/> (<see cref="CasesDbContextFactory"/>). Made before the step's
/// transaction began, it reads committed rows on the step's read connection and holds its saves back: on SQLite the
/// handlers' reads and rules then run while other steps write, and the step takes the one writer only to write. When
/// the transaction begins (the commit, or a handler that writes directly) it moves onto the transaction's connection,
/// checks that no application it changes was changed by another writer since it was read, and saves. From then on it
/// saves directly, as one made after the transaction began always does.
/// </summary>
public sealed class StepCaseContext : IDeferredStepWrites, IAsyncDisposable
{
    private readonly List<Func<CaseServiceDbContext, CancellationToken, Task>> _atWrite = [];

    private StepCaseContext(CaseServiceDbContext db, bool holding)
    {
        Db = db;
        Db.HoldsWrites = holding;
    }

    public CaseServiceDbContext Db { get; }

    public bool HasPendingWrites => Db.HoldsWrites && (_atWrite.Count > 0 || Db.ChangeTracker.HasChanges());

    /// <summary>On the step's transaction: saves write at once.</summary>
    public static StepCaseContext Writing(CaseServiceDbContext db) => new(db, holding: false);

    /// <summary>On the step's read connection before its transaction began: saves are held back until it begins.</summary>
    public static StepCaseContext Holding(CaseServiceDbContext db) => new(db, holding: true);

    /// <summary>
    /// A write that is not a tracked change (a bulk update): run now when saves write directly, else when the held-back
    /// saves are written, after them.
    /// </summary>
    public async Task AtWriteAsync(Func<CaseServiceDbContext, CancellationToken, Task> write, CancellationToken ct)
    {
        if (Db.HoldsWrites)
        {
            _atWrite.Add(write);
            return;
        }

        await write(Db, ct);
    }

    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        if (!Db.HoldsWrites)
        {
            return;
        }

        Db.Database.SetDbConnection(connection);
        Db.Database.UseTransaction(transaction);
        Db.HoldsWrites = false;
        await Db.SaveCheckingVersionsAsync(ct);
        foreach (var write in _atWrite)
        {
            await write(Db, ct);
        }

        _atWrite.Clear();
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
