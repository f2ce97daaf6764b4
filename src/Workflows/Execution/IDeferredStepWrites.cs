using System.Data.Common;

namespace SocialInsurance.Workflows.Execution;

/// <summary>
/// A shared step resource (<see cref="IStepTransaction.Shared{T}"/>) that reads committed rows while the step has not
/// begun its transaction and holds its writes back until it does: at the commit, or when a handler begins the
/// transaction to write directly. On SQLite the step's turn at the one writer then covers only the writes, not the
/// handlers' reads and rules. What it read may go stale meanwhile: <see cref="WriteAsync"/> re-checks it under the
/// lock and throws <see cref="ConcurrencyConflictException"/>, and the runtime runs the step again.
/// </summary>
public interface IDeferredStepWrites
{
    /// <summary>True while writes are held back: the step then has something to commit.</summary>
    bool HasPendingWrites { get; }

    /// <summary>
    /// Called once, right after the step's transaction began: writes what was held back on the step's connection and
    /// transaction, and from then on writes directly.
    /// </summary>
    Task WriteAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct);
}
