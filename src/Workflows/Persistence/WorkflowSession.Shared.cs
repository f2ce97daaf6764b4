namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// What the step's handlers share while it runs (<see cref="Execution.IStepTransaction.Shared{T}"/>): one of each
/// kind, dropped at a rollback to a savepoint and when the session ends.
/// </summary>
internal sealed partial class WorkflowSession
{
    private Dictionary<Type, IAsyncDisposable>? _shared;

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
