using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// A step's reads on the writer's connection while the writer is idle.
/// <para>
/// Why: SQLite empties a connection's page cache whenever another connection committed since its last read, so a step
/// reading on a pooled connection starts cold: every B-tree page of the lookup is fetched again from the WAL or the
/// database file. Measured on the engine bench with one client, a step's two lookups took about 70 µs together, a sixth
/// of the step. The writer's connection keeps its cache across its own commits, so when only this node writes, a lookup
/// there finds its pages in memory.
/// </para>
/// <para>
/// It is safe because the writer is idle: no group is open on it (a group only ever exists while its turn is held), so
/// the read sees exactly the committed rows a pooled connection would, and holding the turn for the read keeps every
/// step from writing on the connection meanwhile. A step that wants to write during the read queues as it would behind
/// any other turn. When the writer is busy the read goes to the step's own connection, as before: a read never waits for
/// the writer.
/// </para>
/// </summary>
public sealed partial class GroupCommit
{
    /// <summary>
    /// Runs <paramref name="read"/> on the writer's connection and returns true when the writer is idle and open;
    /// otherwise returns false at once without running it.
    /// </summary>
    internal bool TryReadWhileIdle<T>(Func<SqliteConnection, T> read, out T result)
    {
        result = default!;
        if (!Enabled)
        {
            return false;
        }

        SqliteConnection connection;
        lock (_sync)
        {
            if (_held || _transaction is not null || _db?.Database.GetDbConnection() is not SqliteConnection { State: System.Data.ConnectionState.Open } open)
            {
                return false;
            }

            _held = true;
            _grantedAt = time.GetTimestamp();
            connection = open;
        }

        try
        {
            result = read(connection);
            Interlocked.Increment(ref _idleReads);
            return true;
        }
        finally
        {
            ReleaseIdleTurn();
        }
    }

    /// <summary>Reads run on the idle writer's connection so far (<see cref="TryReadWhileIdle{T}"/>).</summary>
    public long IdleReads => Interlocked.Read(ref _idleReads);

    private long _idleReads;

    /// <summary>Gives the turn a read took to the next waiting step, or frees it: there is no group to commit.</summary>
    private void ReleaseIdleTurn()
    {
        Busy(_grantedAt);
        switch (NextOrFree())
        {
            case TaskCompletionSource turn:
                Grant(turn);
                break;
            case Batch batch:
                // Not on the reading step's thread: it is in the middle of its own step.
                _grantedAt = time.GetTimestamp();
                _ = Task.Run(() => WriteThenPassAsync(batch));
                break;
        }
    }
}
