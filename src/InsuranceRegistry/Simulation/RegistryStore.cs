using System.Data;
using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SocialInsurance.InsuranceRegistry.Wire;

namespace SocialInsurance.InsuranceRegistry.Simulation;

/// <summary>
/// One row per person holding the whole record as JSON (in the wire format): a record is always seeded and read
/// whole, so splitting it into tables would buy nothing. On SQLite WAL and synchronous=FULL, as the tax-bureau
/// simulator; every write is one statement, so several nodes on PostgreSQL need no lock beyond the row's.
/// </summary>
internal sealed class RegistryStore : IDisposable
{
    // Any constant; it only has to differ from other advisory locks taken on the same database.
    private const long SchemaLockKey = 0x7245_4753_494D_0001;

    private const string SqlitePragmas = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;";

    private readonly RegistryDatabase _database;

    public RegistryStore(RegistryDatabase database)
    {
        _database = database;
        using var connection = Open();
        var table = $"CREATE TABLE IF NOT EXISTS {database.Persons} (id_number TEXT PRIMARY KEY, record TEXT NOT NULL);";
        if (database.IsPostgreSql)
        {
            // Two nodes starting at once would otherwise race in CREATE TABLE IF NOT EXISTS, which PostgreSQL does not
            // make atomic (the loser fails on the catalog's unique index).
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({SchemaLockKey}); {table}");
            transaction.Commit();
        }
        else
        {
            Execute(connection, null, "PRAGMA journal_mode = WAL; " + table);
        }
    }

    public async Task<RegistryPerson?> FindAsync(string idNumber, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection, $"SELECT record FROM {_database.Persons} WHERE id_number = @id");
        Add(command, "id", idNumber);
        return await command.ExecuteScalarAsync(ct) is string json ? JsonSerializer.Deserialize<RegistryPerson>(json, RegistryWire.JsonOptions) : null;
    }

    public async Task SaveAsync(RegistryPerson person, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection, $"""
            INSERT INTO {_database.Persons} (id_number, record) VALUES (@id, @record)
            ON CONFLICT (id_number) DO UPDATE SET record = excluded.record
            """);
        Add(command, "id", person.IdNumber);
        Add(command, "record", JsonSerializer.Serialize(person, RegistryWire.JsonOptions));
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<bool> DeleteAsync(string idNumber, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = Command(connection, $"DELETE FROM {_database.Persons} WHERE id_number = @id");
        Add(command, "id", idNumber);
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    public void Dispose()
    {
        if (_database.SqliteConnectionString is { } sqlite)
        {
            using var connection = new SqliteConnection(sqlite);
            SqliteConnection.ClearPool(connection);
        }
    }

    /// <summary>At start-up only (the schema); lookups and writes open asynchronously.</summary>
    private DbConnection Open()
    {
        var connection = _database.Connect();
        connection.Open();
        if (!_database.IsPostgreSql)
        {
            Execute(connection, null, SqlitePragmas);
        }

        return connection;
    }

    /// <summary>
    /// Asynchronously: on PostgreSQL the connection comes from the node's pool, and a lookup made inside an engine step
    /// must not block a thread while it waits for one. Blocked threads starved the thread pool that the pool's waiters
    /// need to be resumed on, and a node at 100 submissions/s completed 1 of them a second (bench/README.md).
    /// </summary>
    private async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = _database.Connect();
        try
        {
            await connection.OpenAsync(ct);
            if (!_database.IsPostgreSql)
            {
                await using var command = Command(connection, SqlitePragmas);
                await command.ExecuteNonQueryAsync(ct);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.DbType = DbType.String;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = Command(connection, sql);
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
