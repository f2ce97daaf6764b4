using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// Per-connection SQLite settings, run at every (pooled) open, so only the cheap ones: WAL is a property of the file
/// and is set once when the schema is created; a second writer already waits for the lock up to the command timeout
/// (Microsoft.Data.Sqlite retries on SQLITE_BUSY).
/// </summary>
public sealed class SqlitePragmas(string synchronous) : DbConnectionInterceptor
{
    private readonly string _sql = $"PRAGMA synchronous={Validate(synchronous)}; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Validate(string value) =>
        value.ToUpperInvariant() is "OFF" or "NORMAL" or "FULL" or "EXTRA"
            ? value.ToUpperInvariant()
            : throw new ArgumentException($"Expected SQLite synchronous OFF, NORMAL, FULL or EXTRA, but got '{value}'.");
}
