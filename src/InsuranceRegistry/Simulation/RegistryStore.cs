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

    public RegistryPerson? Find(string idNumber)
    {
        using var connection = Open();
        using var command = Command(connection, $"SELECT record FROM {_database.Persons} WHERE id_number = @id");
        Add(command, "id", idNumber);
        return command.ExecuteScalar() is string json ? JsonSerializer.Deserialize<RegistryPerson>(json, RegistryWire.JsonOptions) : null;
    }

    public void Save(RegistryPerson person)
    {
        using var connection = Open();
        using var command = Command(connection, $"""
            INSERT INTO {_database.Persons} (id_number, record) VALUES (@id, @record)
            ON CONFLICT (id_number) DO UPDATE SET record = excluded.record
            """);
        Add(command, "id", person.IdNumber);
        Add(command, "record", JsonSerializer.Serialize(person, RegistryWire.JsonOptions));
        command.ExecuteNonQuery();
    }

    public bool Delete(string idNumber)
    {
        using var connection = Open();
        using var command = Command(connection, $"DELETE FROM {_database.Persons} WHERE id_number = @id");
        Add(command, "id", idNumber);
        return command.ExecuteNonQuery() > 0;
    }

    public void Dispose()
    {
        if (_database.SqliteConnectionString is { } sqlite)
        {
            using var connection = new SqliteConnection(sqlite);
            SqliteConnection.ClearPool(connection);
        }
    }

    private DbConnection Open()
    {
        var connection = _database.Connect();
        connection.Open();
        if (!_database.IsPostgreSql)
        {
            Execute(connection, null, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;");
        }

        return connection;
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
