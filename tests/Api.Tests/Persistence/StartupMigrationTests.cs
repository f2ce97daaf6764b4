using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Api.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using SocialInsurance.Api.Cli;
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
        await using var scope = second.Services.CreateAsyncScope();
        await using var cases = scope.ServiceProvider.GetRequiredService<CaseServiceStore>().Create();
        await using var engine = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        Assert.Equal(cases.Database.GetMigrations().Count(), await CountAsync(database, "case_schema_migrations"));
        Assert.Equal(engine.Database.GetMigrations().Count(), await CountAsync(database, "wf_schema_migrations"));
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

        await using var scope = nodeA.Services.CreateAsyncScope();
        await using var cases = scope.ServiceProvider.GetRequiredService<CaseServiceStore>().Create();
        await using var engine = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        Assert.Equal(cases.Database.GetMigrations().Count(), await CountAsync(database, "case_schema_migrations"));
        Assert.Equal(engine.Database.GetMigrations().Count(), await CountAsync(database, "wf_schema_migrations"));
    }

    [Fact]
    public async Task Host_ByCommand_RefusesAnUnmigratedDatabase_AndStartsAfterTheMigrateCommand()
    {
        // Given: a fresh SQLite file and nodes that must not change the schema themselves
        var folder = Path.Combine(Path.GetTempPath(), "si-api-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "workflows.db");
        await using var factory = new DatabaseApiFactory(sqliteFile: file);
        using var byCommand = factory.WithWebHostBuilder(b => b.UseSetting("Database:ApplyMigrations", "ByCommand"));

        // When
        var refused = Record.Exception(() => byCommand.CreateClient());
        var output = new StringWriter();
        var exit = await MigrateCommand.RunAsync([$"--ConnectionStrings:Workflows=Data Source={file}", $"--Data:Folder={folder}"], output);
        using var afterMigrate = factory.WithWebHostBuilder(b => b.UseSetting("Database:ApplyMigrations", "ByCommand"));
        var ready = await afterMigrate.CreateClient().GetAsync("/health/ready");

        // Then
        Assert.NotNull(refused);
        Assert.Contains("ByCommand", refused.GetBaseException().Message, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Contains("applied", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private static async Task<long> CountAsync(PostgresDatabase database, string table)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
