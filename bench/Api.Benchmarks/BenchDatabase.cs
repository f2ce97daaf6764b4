using Npgsql;

namespace SocialInsurance.Api.Benchmarks;

/// <summary>A fresh PostgreSQL database for a run, so figures are never taken over an earlier run's rows.</summary>
public static class BenchDatabase
{
    /// <summary>Drops and creates the database the connection string names (its role needs CREATEDB), through the <c>postgres</c> database.</summary>
    public static async Task RecreateAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new InvalidOperationException("Expected the --postgres connection string to name a Database, but it names none.");
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new InvalidOperationException($"Expected a plain database name (letters, digits, _), but got '{name}'.");
        }

        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", $"CREATE DATABASE {name}" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
