using System.Net;
using Npgsql;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.Testing;

namespace SocialInsurance.Api.Tests.Persistence;

/// <summary>Start-up migrates under a lock: a restart on PostgreSQL, and two nodes starting at once on a fresh database.</summary>
public sealed class StartupMigrationTests
{
    [SkippableFact]
    public async Task Host_StartsAgain_OnItsExistingPostgreSqlDatabase()
    {
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");

        // Given: a host started once on the database, then stopped
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var first = new DatabaseApiFactory(database.ConnectionString))
        {
            Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync("/health/ready")).StatusCode);
        }

        // When
        await using var second = new DatabaseApiFactory(database.ConnectionString);
        var ready = await second.CreateClient().GetAsync("/health/ready");

        // Then
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(1, await CountAsync(database, "case_schema_migrations"));
        Assert.Equal(1, await CountAsync(database, "wf_schema_migrations"));
    }

    [SkippableFact]
    public async Task TwoHosts_StartingAtOnce_OnAFreshPostgreSqlDatabase_BothStart()
    {
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");

        // Given
        await using var database = await PostgresDatabase.CreateAsync();
        await using var nodeA = new DatabaseApiFactory(database.ConnectionString);
        await using var nodeB = new DatabaseApiFactory(database.ConnectionString);

        // When: both start (and migrate) concurrently
        var clients = await Task.WhenAll(Task.Run(nodeA.CreateClient), Task.Run(nodeB.CreateClient));

        // Then: both serve, and each migration was applied once
        foreach (var client in clients)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        }

        Assert.Equal(1, await CountAsync(database, "case_schema_migrations"));
        Assert.Equal(1, await CountAsync(database, "wf_schema_migrations"));
    }

    private static async Task<long> CountAsync(PostgresDatabase database, string table)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
