using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// Per-connection SQLite settings. WAL lets readers (the inbox) run beside the single writer; the busy timeout makes a
/// second writer wait for the lock instead of failing.
/// </summary>
public sealed class SqlitePragmas(string synchronous) : DbConnectionInterceptor
{
    private readonly string _sql = $"PRAGMA journal_mode=WAL; PRAGMA synchronous={Validate(synchronous)}; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";

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
