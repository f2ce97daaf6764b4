using Npgsql;

namespace SocialInsurance.Testing;

/// <summary>
/// A fresh PostgreSQL database per test, on the server named by <c>SI_TEST_POSTGRES</c> (a connection string whose
/// role may create databases; <c>scripts/test.sh</c> installs and starts one). Without it the PostgreSQL tests skip.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "SI_TEST_POSTGRES";

    private readonly string _admin;

    private PostgresDatabase(string admin, string name)
    {
        _admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var admin = Server ?? throw new InvalidOperationException($"Expected {Variable} to name a PostgreSQL server, but it is not set.");
        var database = new PostgresDatabase(admin, $"si_test_{Guid.NewGuid():N}");
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {database.Name}", connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        try
        {
            await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // FORCE may not terminate a process our role does not own — an autovacuum worker that has just started
            // on the test database. A plain DROP asks autovacuum to leave by itself; our own sessions we end first.
            await ExecuteAsync(connection,
                $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{Name}' AND usename = current_user AND pid <> pg_backend_pid()");
            await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS {Name}");
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
