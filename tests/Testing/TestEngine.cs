using Xunit;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Testing;

/// <summary>
/// The engine over a real SQLite file, with a fake clock and a recording scheduler, so a test drives every step
/// synchronously: start, complete, advance the clock, run what is due. No sleeps, no polling.
/// </summary>
public sealed class TestEngine : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly Action<IServiceCollection>? _configure;
    private readonly Action<WorkflowOptions>? _options;

    private TestEngine(
        string databasePath, FakeTimeProvider time, TestActivities activities, Action<IServiceCollection>? configure, Action<WorkflowOptions>? options)
    {
        DatabasePath = databasePath;
        Time = time;
        Activities = activities;
        Scheduler = new RecordingJobScheduler();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IWorkflowJobScheduler>(Scheduler);
        services.AddWorkflows(o =>
        {
            if (IsPostgres(databasePath))
            {
                o.Provider = DatabaseProvider.PostgreSql;
                o.ConnectionString = databasePath;
            }
            else
            {
                o.ConnectionString = $"Data Source={databasePath};Pooling=False";
            }

            o.SqliteSynchronous = "NORMAL";
            options?.Invoke(o);
        });
        foreach (var topic in activities.Topics)
        {
            services.AddSingleton<IActivityHandler>(new DelegateActivity(topic, activities));
        }

        configure?.Invoke(services);
        _configure = configure;
        _options = options;
        _services = services.BuildServiceProvider();
    }

    /// <summary>A SQLite file path, or a PostgreSQL connection string (see <see cref="PostgresDatabase"/>).</summary>
    public string DatabasePath { get; }

    private static bool IsPostgres(string database) => database.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);
    public FakeTimeProvider Time { get; }
    public TestActivities Activities { get; }
    public RecordingJobScheduler Scheduler { get; }
    public WorkflowRuntime Runtime => _services.GetRequiredService<WorkflowRuntime>();
    public IWorkflowQueries Queries => _services.GetRequiredService<IWorkflowQueries>();
    public DeploymentService Deployments => _services.GetRequiredService<DeploymentService>();
    public IServiceProvider Services => _services;

    public static readonly Actor Reviewer = Actor.User("reviewer1", "reviewers");

    /// <param name="configure">Extra registrations (activity handlers, jobs) on top of the engine's.</param>
    /// <param name="options">Changes to the engine's options after the tests' defaults (SQLite at NORMAL, unpooled).</param>
    public static async Task<TestEngine> StartAsync(
        TestActivities? activities = null, string? databasePath = null, FakeTimeProvider? time = null, Action<IServiceCollection>? configure = null,
        Action<WorkflowOptions>? options = null)
    {
        databasePath ??= Path.Combine(Path.GetTempPath(), $"wf-test-{Guid.NewGuid():N}.db");
        time ??= new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var engine = new TestEngine(databasePath, time, activities ?? new TestActivities(), configure, options);
        await engine._services.GetRequiredService<WorkflowDatabase>().MigrateAsync();
        return engine;
    }

    /// <summary>A second engine over the same database file: what a restart or another node sees.</summary>
    public Task<TestEngine> RestartAsync() => StartAsync(Activities, DatabasePath, Time, _configure, _options);

    public async Task<DeployedProcess> DeployAsync(string xml)
    {
        var result = await Deployments.DeployAsync(xml, "test.bpmn", "test", publish: true, CancellationToken.None);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Issues));
        return result.Processes.Single();
    }

    public async Task<DeployedProcess> DeployFixtureAsync(string relativePath) =>
        await DeployAsync(await File.ReadAllTextAsync(Fixture(relativePath)));

    public static string Fixture(string relativePath) => Path.Combine(AppContext.BaseDirectory, relativePath);

    public async Task<Guid> StartAsync(string processKey, string? businessKey = "case-1", JsonObject? variables = null)
    {
        var result = await Runtime.StartAsync(processKey, businessKey, variables, Actor.User("applicant1"));
        Assert.True(result.IsOk, result.Error);
        return result.Value!.Id;
    }

    public async Task<IReadOnlyList<string>> JournalAsync(Guid instanceId) =>
        (await Queries.JournalAsync(instanceId)).Select(e => e.ToString()).ToArray();

    public async Task<IReadOnlyList<JournalEntry>> JournalEntriesAsync(Guid instanceId) => await Queries.JournalAsync(instanceId);

    public async Task<Guid> OpenTaskAsync(Guid instanceId, string elementId)
    {
        var tasks = await Queries.TasksAsync(new TaskQuery { InstanceId = instanceId, PageSize = 100 });
        return tasks.Items.Single(t => t.ElementId == elementId).Id;
    }

    public async Task CompleteAsync(Guid instanceId, string elementId, JsonObject? variables = null)
    {
        var result = await Runtime.CompleteTaskAsync(await OpenTaskAsync(instanceId, elementId), Reviewer, variables);
        Assert.True(result.IsOk, result.Error);
    }

    /// <summary>Runs every job the scheduler was given that is due by the fake clock, as Hangfire would, until none is left.</summary>
    public async Task<int> RunDueJobsAsync()
    {
        var ran = 0;
        while (Scheduler.TakeDue(Time.GetUtcNow()) is { Count: > 0 } due)
        {
            foreach (var bookmark in due)
            {
                await Runtime.RunBookmarkAsync(bookmark.Id);
                ran++;
            }
        }

        return ran;
    }

    public async Task<int> AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        return await RunDueJobsAsync();
    }

    public async Task<IReadOnlyList<Bookmark>> BookmarksAsync(Guid instanceId) => await Queries.BookmarksAsync(instanceId);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (IsPostgres(DatabasePath))
        {
            return;
        }

        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(DatabasePath + suffix);
            }
            catch (IOException)
            {
                // A restarted engine may still hold the file; the temp folder is cleaned by the OS.
            }
        }
    }
}
