using System.Text.Json;
using Microsoft.Data.Sqlite;
using SocialInsurance.InsuranceRegistry.Wire;

namespace SocialInsurance.InsuranceRegistry.Simulation;

/// <summary>
/// One row per person holding the whole record as JSON (in the wire format): a record is always seeded and read
/// whole, so splitting it into tables would buy nothing. WAL and synchronous=FULL, as the tax-bureau simulator.
/// </summary>
internal sealed class RegistryStore : IDisposable
{
    private readonly string _connectionString;

    public RegistryStore(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS persons (
                id_number TEXT PRIMARY KEY,
                record TEXT NOT NULL);
            """);
    }

    public RegistryPerson? Find(string idNumber)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT record FROM persons WHERE id_number = $id";
        command.Parameters.AddWithValue("$id", idNumber);
        return command.ExecuteScalar() is string json ? JsonSerializer.Deserialize<RegistryPerson>(json, RegistryWire.JsonOptions) : null;
    }

    public void Save(RegistryPerson person)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO persons (id_number, record) VALUES ($id, $record)
            ON CONFLICT (id_number) DO UPDATE SET record = excluded.record
            """;
        command.Parameters.AddWithValue("$id", person.IdNumber);
        command.Parameters.AddWithValue("$record", JsonSerializer.Serialize(person, RegistryWire.JsonOptions));
        command.ExecuteNonQuery();
    }

    public bool Delete(string idNumber)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM persons WHERE id_number = $id";
        command.Parameters.AddWithValue("$id", idNumber);
        return command.ExecuteNonQuery() > 0;
    }

    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
