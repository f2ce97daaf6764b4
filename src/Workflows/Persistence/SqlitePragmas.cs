using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// Per-connection SQLite settings, so only the cheap ones: WAL is a property of the file and is set once when the
/// schema is created; a second writer already waits for the lock up to the command timeout (Microsoft.Data.Sqlite
/// retries on SQLITE_BUSY). The settings belong to the native connection, which Microsoft.Data.Sqlite pools across
/// opens, so they are applied once per native connection rather than at every open (one statement less per step).
/// </summary>
public sealed class SqlitePragmas(string synchronous) : DbConnectionInterceptor
{
    /// <summary>What was last applied to each native connection, by any instance (the host's contexts share the pool).</summary>
    private static readonly ConditionalWeakTable<object, string> Applied = [];

    /// <summary>
    /// The WAL's length, in pages, at which a committing connection checkpoints it itself. SQLite's default (1,000) is
    /// about 40 of a step's commits; at NORMAL that checkpoint syncs the log and the database file inside the commit of
    /// whichever step crossed it, on the one writer every other step waits for. The host checkpoints beside the writer
    /// every second (<see cref="SqliteCheckpointer"/>), so this stays a bound for when that falls behind or is not running:
    /// at most about 40 MiB of log. Every connection gets it, so a checkpoint is not merely moved to the next draft or
    /// upload that commits on a pooled connection.
    /// </summary>
    public const int AutoCheckpointPages = 10_000;

    private readonly string _sql = $"PRAGMA synchronous={Validate(synchronous)}; PRAGMA foreign_keys=ON; PRAGMA wal_autocheckpoint={AutoCheckpointPages};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (AlreadyApplied(connection, out var handle))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.ExecuteNonQuery();
        Remember(handle);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (AlreadyApplied(connection, out var handle))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Remember(handle);
    }

    /// <summary>
    /// Forgets what was applied to <paramref name="connection"/>'s native connection, so the next open through an
    /// interceptor applies it again: for a connection whose settings were changed after (the group writer's
    /// <c>synchronous</c>, <see cref="GroupCommit"/>), should it go back to the pool.
    /// </summary>
    internal static void Forget(SqliteConnection connection)
    {
        if (connection.Handle is { } handle)
        {
            Applied.Remove(handle);
        }
    }

    private bool AlreadyApplied(DbConnection connection, out object? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is not null && Applied.TryGetValue(handle, out var sql) && sql == _sql;
    }

    private void Remember(object? handle)
    {
        if (handle is not null)
        {
            Applied.AddOrUpdate(handle, _sql);
        }
    }

    private static string Validate(string value) =>
        value.ToUpperInvariant() is "OFF" or "NORMAL" or "FULL" or "EXTRA"
            ? value.ToUpperInvariant()
            : throw new ArgumentException($"Expected SQLite synchronous OFF, NORMAL, FULL or EXTRA, but got '{value}'.");
}
