using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Engine.Benchmarks;

/// <summary>Drives our engine (WorkflowRuntime over EF Core + SQLite WAL, or PostgreSQL) through workflows A and B.</summary>
public sealed class EngineDriver : IAsyncDisposable
{
    private readonly ServiceProvider _sp;
    private readonly WorkflowRuntime _runtime;
    private static readonly Actor Starter = Actor.User("bench");
    private static readonly Actor Reviewer = Actor.User("bench", "reviewers");

    public string DbPath { get; }

    /// <summary>SQLite's shared writer (its clock: how long steps and commits held it); disabled on PostgreSQL.</summary>
    public GroupCommit Writer => _sp.GetRequiredService<GroupCommit>();

    private EngineDriver(ServiceProvider sp, string dbPath)
    {
        _sp = sp;
        _runtime = sp.GetRequiredService<WorkflowRuntime>();
        DbPath = dbPath;
    }

    /// <param name="postgres">A PostgreSQL connection string: that database is dropped, created afresh and used instead of
    /// the SQLite file (<paramref name="dbPath"/> and <paramref name="synchronous"/> are then ignored).</param>
    public static async Task<EngineDriver> CreateAsync(string dbPath, string synchronous, bool logSql = false, string? postgres = null)
    {
        if (postgres is null)
        {
            Files.DeleteDb(dbPath);
        }
        else
        {
            await RecreateAsync(postgres);
        }

        var services = new ServiceCollection();
        services.AddLogging(b =>
        {
            if (logSql)
            {
                b.AddSimpleConsole(o => o.SingleLine = true);
                b.SetMinimumLevel(LogLevel.Warning);
                b.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
            }
        });
        services.AddSingleton<TimeProvider>(TimeProvider.System);
        services.AddSingleton<IWorkflowJobScheduler>(new NoopScheduler());
        services.AddWorkflows(o =>
        {
            o.Provider = postgres is null ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;
            o.ConnectionString = postgres ?? $"Data Source={dbPath}";
            o.SqliteSynchronous = synchronous;
            // SI_BENCH_GROUP_COMMIT=off compares against one commit (and one fsync) per step.
            o.GroupCommit = !string.Equals(Environment.GetEnvironmentVariable("SI_BENCH_GROUP_COMMIT"), "off", StringComparison.OrdinalIgnoreCase);
        });
        var sp = services.BuildServiceProvider();
        await sp.GetRequiredService<WorkflowDatabase>().MigrateAsync();
        var deployments = sp.GetRequiredService<DeploymentService>();
        foreach (var file in new[] { "bench-user-task.bpmn", "bench-message.bpmn", "bench-signal.bpmn" })
        {
            var xml = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Bpmn", file));
            var result = await deployments.DeployAsync(xml, file, "bench", publish: true, CancellationToken.None);
            if (!result.IsValid)
            {
                throw new InvalidOperationException($"Deploying {file} failed: {string.Join("; ", result.Issues)}");
            }
        }

        return new EngineDriver(sp, dbPath);
    }

    public async Task<Guid> StartAsync(string processKey, string businessKey)
    {
        var result = await _runtime.StartAsync(processKey, businessKey, new JsonObject { ["n"] = businessKey }, Starter);
        return result.IsOk ? result.Value!.Id : throw new InvalidOperationException($"start: {result.Status} {result.Error}");
    }

    /// <summary>Task ids of the given instances (outside the timed section). The user task's id is its bookmark's id.</summary>
    public async Task<Guid[]> TaskIdsAsync(Guid[] instanceIds)
    {
        var queries = _sp.GetRequiredService<IWorkflowQueries>();
        var ids = new Guid[instanceIds.Length];
        for (var i = 0; i < instanceIds.Length; i++)
        {
            var bookmarks = await queries.BookmarksAsync(instanceIds[i]);
            ids[i] = bookmarks.Single(b => b.Kind == BookmarkKind.UserTask).Id;
        }

        return ids;
    }

    public async Task CompleteAsync(Guid taskId)
    {
        var result = await _runtime.CompleteTaskAsync(taskId, Reviewer, null);
        if (!result.IsOk)
        {
            throw new InvalidOperationException($"complete: {result.Status} {result.Error}");
        }
    }

    public async Task CorrelateAsync(string businessKey)
    {
        var result = await _runtime.CorrelateMessageAsync("agreementSigned", businessKey, null, Actor.System);
        if (!result.IsOk || result.Value!.ResumedInstances.Count != 1)
        {
            throw new InvalidOperationException($"correlate: {result.Status} {result.Error}");
        }
    }

    /// <summary>One broadcast of the bench signal; returns how many instances it resumed.</summary>
    public async Task<int> BroadcastAsync()
    {
        var result = await _runtime.BroadcastSignalAsync("contributionRatesChanged", null, Actor.System);
        return result.IsOk && result.Value!.FailedInstances.Count == 0
            ? result.Value.ResumedInstances.Count
            : throw new InvalidOperationException($"broadcast: {result.Status} {result.Error}");
    }

    /// <summary>Instances of the process that reached their end (checked after each run: nothing may be lost).</summary>
    public async Task<long> CompletedAsync(string processKey)
    {
        await using var db = await _sp.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // Quoted names: the same text on SQLite and PostgreSQL (which would fold unquoted ones to lower case).
        command.CommandText = "SELECT COUNT(*) FROM wf_instances WHERE \"ProcessKey\" = @k AND \"Status\" = 'Completed'";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@k";
        parameter.Value = processKey;
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _sp.DisposeAsync();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    private static async Task RecreateAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new InvalidOperationException("Expected the --postgres connection string to name a Database, but it names none.");
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new InvalidOperationException($"Expected a plain database name (letters, digits, _), but got '{name}'.");
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", $"CREATE DATABASE {name}" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private sealed class NoopScheduler : IWorkflowJobScheduler
    {
        public void Schedule(Bookmark bookmark)
        {
        }
    }
}
