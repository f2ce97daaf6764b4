using System.Data.Common;

namespace SocialInsurance.Workflows.Execution;

/// <summary>
/// The open database transaction of a step. Activity handlers enlist their own data access in it (same connection,
/// same transaction), so "a step and the domain change it makes commit together or not at all". Savepoints undo a
/// failed handler's writes while keeping the rest of the step, which then records an incident.
/// </summary>
public interface IStepTransaction
{
    /// <summary>The step's connection; begins its transaction first if it has not begun (see <see cref="BeginAsync"/>).</summary>
    DbConnection Connection { get; }

    DbTransaction Transaction { get; }

    /// <summary>
    /// Begins the step's transaction if it has not begun yet — on SQLite with group commit, the step's turn at the shared
    /// writer, waited for without holding a thread. A handler about to write awaits this before it takes
    /// <see cref="Connection"/> and <see cref="Transaction"/>; taken first, they begin the transaction themselves and
    /// block the calling thread for as long as the step waits for its turn. A transaction that is always open needs nothing.
    /// </summary>
    Task BeginAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Whether the transaction has begun. Until it has, a handler that only reads, or whose writes an
    /// <see cref="IDeferredStepWrites"/> holds back, can read on <see cref="ReadConnection"/> without taking the lock.
    /// </summary>
    bool HasBegun => true;

    /// <summary>The step's connection for reading committed rows before its transaction began (<see cref="HasBegun"/>).</summary>
    DbConnection ReadConnection => Connection;

    /// <summary>
    /// One <typeparamref name="T"/> for all the step's handlers, made by the first to ask — a unit of work over the step's
    /// connection, so the second handler to read an aggregate finds it tracked instead of querying it again. The step
    /// owns it: a rollback to a savepoint drops it (that rollback may have undone writes it saw), and so does the end of
    /// the step; the next to ask then gets a fresh one.
    /// </summary>
    T Shared<T>(Func<T> create) where T : class, IAsyncDisposable;

    Task SavepointAsync(string name, CancellationToken ct);
    Task RollbackToSavepointAsync(string name, CancellationToken ct);
    Task ReleaseSavepointAsync(string name, CancellationToken ct);
}
