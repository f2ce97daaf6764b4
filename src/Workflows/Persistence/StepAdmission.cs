namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// How many steps may hold a pooled PostgreSQL connection in a transaction at once: fewer than the pool has. A step
/// holds its connection while a handler reads elsewhere (the registry, a decision table, a cached table's refresh),
/// and that read needs a second connection; were every pooled connection held by such a step, each would wait for
/// another until the pool's timeout — every request failing although the database is idle. Keeping
/// <see cref="Reserve"/> connections out of the steps' reach leaves those reads (which hold nothing while they wait)
/// a connection, so the node always makes progress. A step not admitted within <see cref="Wait"/> fails with
/// <see cref="StepAdmissionTimeoutException"/> before it has touched the database (the API answers 503). SQLite has
/// one writer and no pool to exhaust: no limit there.
/// </summary>
public sealed class StepAdmission
{
    private readonly SemaphoreSlim? _slots;

    public StepAdmission(StoreDataSource dataSource)
    {
        if (dataSource.MaxPoolSize > 0)
        {
            Reserve = Math.Max(2, (dataSource.MaxPoolSize + 3) / 4);
            Slots = Math.Max(1, dataSource.MaxPoolSize - Reserve);
            _slots = new SemaphoreSlim(Slots, Slots);
        }
    }

    /// <summary>Steps at once (0: unlimited).</summary>
    public int Slots { get; }

    /// <summary>Connections of the pool no step can hold: a quarter, at least two.</summary>
    public int Reserve { get; }

    /// <summary>Longer than a burst takes to drain, shorter than a client's patience.</summary>
    public static TimeSpan Wait { get; } = TimeSpan.FromSeconds(10);

    /// <summary>A slot, released by disposing; null when unlimited.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken ct)
    {
        if (_slots is null)
        {
            return null;
        }

        if (!await _slots.WaitAsync(Wait, ct))
        {
            throw new StepAdmissionTimeoutException(Slots, Wait);
        }

        return new Slot(_slots);
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}

/// <summary>The node was running as many steps as its pool allows for longer than <see cref="StepAdmission.Wait"/>: overload.</summary>
public sealed class StepAdmissionTimeoutException(int slots, TimeSpan wait)
    : TimeoutException($"Expected one of the {slots} step slots to free up within {wait.TotalSeconds:0} s, but all stayed busy.");
