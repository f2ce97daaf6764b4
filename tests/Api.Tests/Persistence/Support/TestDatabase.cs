using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using SocialInsurance.Testing;

namespace SocialInsurance.Api.Tests.Persistence.Support;

/// <summary>An empty database of one provider for a persistence test: a temporary SQLite file, or a fresh PostgreSQL database (dropped after).</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresDatabase? _postgres;

    private TestDatabase(string provider, string connectionString, PostgresDatabase? postgres)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgres = postgres;
    }

    /// <summary><c>Sqlite</c> or <c>PostgreSql</c>, as <c>Database:Provider</c> spells it.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => Provider == "PostgreSql";

    /// <summary>The host's settings for this database (command-line form).</summary>
    public string[] HostArgs(string dataFolder) =>
    [
        $"--Database:Provider={Provider}",
        $"--ConnectionStrings:Workflows={ConnectionString}",
        $"--Data:Folder={dataFolder}",
    ];

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == "PostgreSql")
        {
            var postgres = await PostgresDatabase.CreateAsync();
            return new TestDatabase(provider, postgres.ConnectionString, postgres);
        }

        var folder = Path.Combine(Path.GetTempPath(), "si-api-tests");
        Directory.CreateDirectory(folder);
        return new TestDatabase(provider, $"Data Source={Path.Combine(folder, $"migrate-{Guid.NewGuid():N}.db")}", null);
    }

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
            return;
        }

        SqliteConnection.ClearAllPools();
        var file = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
