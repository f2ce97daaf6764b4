using Npgsql;
using SocialInsurance.Workflows.Hosting;

namespace SocialInsurance.Workflows.Persistence.Schema;

/// <summary>
/// Serialises schema migration across nodes. PostgreSQL: a session-level advisory lock on its own connection, so the
/// first node migrates and the others wait for it, then find nothing left to do (and a crashed holder's lock ends with
/// its connection). SQLite is one node by design (docs/operations.md); within a process the stores migrate one after
/// the other, and EF's own migration lock covers a `migrate` command run beside a host.
/// </summary>
public sealed class MigrationLock : IAsyncDisposable
{
    /// <summary>Any fixed number shared by every node; this is "SIWFMIGR" in ASCII.</summary>
    public const long AdvisoryLockKey = 0x5349_5746_4D49_4752;

    private readonly NpgsqlConnection? _connection;

    private MigrationLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<MigrationLock> AcquireAsync(DatabaseProvider provider, string connectionString, CancellationToken ct)
    {
        if (provider != DatabaseProvider.PostgreSql)
        {
            return new MigrationLock(null);
        }

        // No pooling: the lock must end with this physical connection, never linger in a pool.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, CommandTimeout = 0 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            await CreateDatabaseAsync(builder, ct);
            await connection.OpenAsync(ct);
        }

        await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({AdvisoryLockKey})", connection);
        await command.ExecuteNonQueryAsync(ct);
        return new MigrationLock(connection);
    }

    /// <summary>A fresh installation names a database that does not exist yet; two nodes may both try to create it.</summary>
    private static async Task CreateDatabaseAsync(NpgsqlConnectionStringBuilder target, CancellationToken ct)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{target.Database!.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        try
        {
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another node created it first.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null)
        {
            return;
        }

        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({AdvisoryLockKey})", _connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        await _connection.DisposeAsync();
    }
}
