using SocialInsurance.Workflows.Hosting;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// How many steps may hold a pooled PostgreSQL connection in a transaction at once: fewer than the pool has. A step
/// holds its connection while a handler reads elsewhere (the registry, a decision table, a cached table's refresh),
/// and that read needs a second connection; were every pooled connection held by such a step, each would wait for
/// another until the pool's timeout — every request failing although the database is idle. Keeping
/// <see cref="Reserve"/> connections out of the steps' reach leaves those reads (which hold nothing while they wait)
/// a connection, so the node always makes progress. A step not admitted within <see cref="Wait"/> fails with
/// <see cref="StepAdmissionTimeoutException"/> before it has touched the database (the API answers 503).
/// <para>
/// SQLite has one writer: with group commit off, steps are admitted one at a time, in arrival order (with it on,
/// <see cref="GroupCommit"/> queues them the same way at their first write). Without this gate the waiting was
/// done by Microsoft.Data.Sqlite's busy loop: <c>BEGIN IMMEDIATE</c> answered SQLITE_BUSY and the driver slept and
/// retried on a blocked thread-pool thread. Profiled under the API bench (bench/README.md, 2026-12-06), 47 % of the
/// submit path's thread time was that sleep, and submissions completed at 32/s with a p50 of 33 s on an idle CPU.
/// Queued here, a waiter holds no thread and is admitted the moment the writer leaves.
/// </para>
/// </summary>
public sealed class StepAdmission
{
    private readonly SemaphoreSlim? _slots;

    public StepAdmission(StoreDataSource dataSource, WorkflowOptions options)
    {
        if (dataSource.PostgreSql is not null)
        {
            Reserve = Math.Max(2, (dataSource.StorePoolSize + 3) / 4);
            Slots = Math.Max(1, dataSource.StorePoolSize - Reserve);
            Wait = TimeSpan.FromSeconds(10);
            FreedAtCommit = true;
            _slots = new SemaphoreSlim(Slots, Slots);
        }
        else if (!options.GroupCommit)
        {
            Slots = 1;
            FreedAtCommit = true;
            Wait = TimeSpan.FromSeconds(30);
            _slots = new SemaphoreSlim(Slots, Slots);
        }

        // SQLite with group commit: the steps queue for their turn at the shared writer there (GroupCommit), and read
        // meanwhile without any lock; admitting them one by one here would leave each group a single step.
    }

    /// <summary>Steps at once: the stores' pool less <see cref="Reserve"/> on PostgreSQL, one on SQLite without group commit, 0 (no limit) with it.</summary>
    public int Slots { get; }

    /// <summary>Connections of the stores' pool no step can hold: a quarter, at least two (0 on SQLite).</summary>
    public int Reserve { get; }

    /// <summary>
    /// Whether a session gives its slot back at commit rather than at dispose. SQLite: a slot stands for the one
    /// writer, free again at commit. PostgreSQL: it stands for a pooled connection, which the session returns to the
    /// pool at commit (and the slot with it). Not with group commit, whose steps hold no slot.
    /// </summary>
    public bool FreedAtCommit { get; }

    /// <summary>Slots held now (0 when there is no limit).</summary>
    public int InUse => _slots is null ? 0 : Slots - _slots.CurrentCount;

    /// <summary>
    /// PostgreSQL: longer than a burst takes to drain, shorter than a client's patience. SQLite: as long as
    /// Microsoft.Data.Sqlite's own busy timeout (30 s), which the wait replaces — a step is no quicker to give up than
    /// before the gate.
    /// </summary>
    public TimeSpan Wait { get; }

    /// <summary>A slot, released by disposing; null when there is no limit.</summary>
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
