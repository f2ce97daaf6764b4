using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// What the step's handlers share while it runs (<see cref="Execution.IStepTransaction.Shared{T}"/>): one of each
/// kind, dropped at a rollback to a savepoint and when the session ends.
/// </summary>
internal sealed partial class WorkflowSession
{
    private Dictionary<Type, IAsyncDisposable>? _shared;

    /// <summary>Savepoints asked for while writes were held back (<see cref="IDeferredStepWrites"/>): see RollbackToSavepointAsync.</summary>
    private readonly HashSet<string> _savepointsOverDeferred = [];

    private bool HasDeferredWrites
    {
        get
        {
            if (_shared is null)
            {
                return false;
            }

            foreach (var resource in _shared.Values)
            {
                if (resource is IDeferredStepWrites { HasPendingWrites: true })
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The transaction just began: every resource that held writes back writes them now. They come after the savepoints
    /// asked for before (created first): a savepoint asked for with nothing held back precedes all of them, and one asked
    /// for with writes held back is never rolled back to in part (<see cref="_savepointsOverDeferred"/>).
    /// </summary>
    private async Task WriteDeferredAsync(IDbContextTransaction began, CancellationToken ct)
    {
        if (_shared is null)
        {
            return;
        }

        foreach (var resource in _shared.Values.ToList())
        {
            if (resource is IDeferredStepWrites deferred)
            {
                await deferred.WriteAsync(Db.Database.GetDbConnection(), began.GetDbTransaction(), ct);
            }
        }
    }

    public T Shared<T>(Func<T> create) where T : class, IAsyncDisposable
    {
        _shared ??= [];
        if (_shared.TryGetValue(typeof(T), out var existing))
        {
            return (T)existing;
        }

        var made = create();
        _shared[typeof(T)] = made;
        return made;
    }

    /// <summary>
    /// A rollback may have undone writes a shared resource saw (an entity it tracks as saved), and a failed handler may
    /// have changed what it holds without saving: the next handler to ask starts afresh from the database.
    /// </summary>
    private async Task DropSharedAsync()
    {
        if (_shared is not { Count: > 0 } shared)
        {
            return;
        }

        _shared = null;
        foreach (var resource in shared.Values)
        {
            await resource.DisposeAsync();
        }
    }
}
