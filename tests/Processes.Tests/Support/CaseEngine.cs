using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Api.Infrastructure.InsuranceRegistry;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Decisions.Deployment;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Processes.Tests.Support;

/// <summary>
/// The engine with the case handlers over a real SQLite file, a fake clock (Monday 2026-03-02 09:00 China time) and a
/// recording scheduler: a test starts a case, completes tasks, correlates messages and advances time synchronously.
/// The shipped <c>workflows-definitions/*.dmn</c> and <c>*.bpmn</c> are deployed as they are.
/// </summary>
public sealed class CaseEngine : IAsyncDisposable
{
    public static readonly Actor Reviewer = Actor.User("reviewer-6501", "reviewers-6501");
    public static readonly Actor ProvinceReviewer = Actor.User("reviewer-65", "reviewers-65");

    private readonly ServiceProvider _services;
    private readonly string _databasePath;

    private CaseEngine(string databasePath)
    {
        _databasePath = databasePath;
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IWorkflowJobScheduler>(Scheduler);
        services.AddWorkflows(o =>
        {
            o.ConnectionString = $"Data Source={databasePath};Pooling=False";
            o.SqliteSynchronous = "NORMAL";
        });
        services.AddCases(new ConfigurationBuilder().Build());
        // The validation step asks the national registry: the simulator, on a file beside the database.
        services.AddInsuranceRegistry(new ConfigurationBuilder().AddInMemoryCollection().Build(), Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    public RecordingJobScheduler Scheduler { get; } = new();
    public WorkflowRuntime Runtime => _services.GetRequiredService<WorkflowRuntime>();
    public IWorkflowQueries Queries => _services.GetRequiredService<IWorkflowQueries>();
    public DecisionDeploymentService Decisions => _services.GetRequiredService<DecisionDeploymentService>();
    public IReadOnlyList<string> HandlerTopics => [.. _services.GetServices<IActivityHandler>().Select(h => h.Descriptor.Topic)];
    public IReadOnlyList<IActivityHandler> Handlers => [.. _services.GetServices<IActivityHandler>()];

    /// <summary>A class the host would build from these services (one a feature registers itself, like the submit route's rules).</summary>
    public T Create<T>() => ActivatorUtilities.CreateInstance<T>(_services);

    public static async Task<CaseEngine> StartAsync()
    {
        var engine = new CaseEngine(Path.Combine(Path.GetTempPath(), $"cases-test-{Guid.NewGuid():N}.db"));
        await engine._services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        foreach (var (file, result) in await engine._services.GetRequiredService<DecisionDeploymentService>()
            .DeployFolderAsync(Path.Combine(AppContext.BaseDirectory, "Definitions"), CancellationToken.None))
        {
            Assert.True(result.IsValid, $"{file}: {string.Join("; ", result.Issues)}");
        }

        var deployments = engine._services.GetRequiredService<DeploymentService>();
        foreach (var (file, result) in await deployments.DeployFolderAsync(Path.Combine(AppContext.BaseDirectory, "Definitions"), CancellationToken.None))
        {
            Assert.True(result.IsValid, $"{file}: {string.Join("; ", result.Issues)}");
        }

        return engine;
    }

    public CaseServiceDbContext Cases() => _services.GetRequiredService<CasesDbContextFactory>().Create();

    /// <summary>
    /// Runs the handler of a topic once the way a step does — in a transaction on the database, committed at the end —
    /// for an application's case, so a test can run it again as a retried job would.
    /// </summary>
    public async Task<ActivityResult> RunHandlerAsync(string topic, Guid applicationId, JsonObject? inputs = null, string elementId = "step", int executionSequence = 1)
    {
        var handler = _services.GetServices<IActivityHandler>().Single(h => h.Descriptor.Topic == topic);
        await using var db = Cases();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        var context = new ActivityContext(
            InstanceIdOf(applicationId),
            "newEnrollment",
            applicationId.ToString("D"),
            elementId,
            inputs ?? [],
            new JsonObject { ["applicationId"] = applicationId.ToString("D") },
            Time.GetUtcNow(),
            new TestStep(connection, transaction),
            _services,
            CancellationToken.None)
        {
            ExecutionSequence = executionSequence,
        };
        await using var step = (TestStep)context.Transaction;
        var result = await handler.ExecuteAsync(context);
        await transaction.CommitAsync();
        return result;
    }

    /// <summary>A stable instance id per application, as the case's instance would be.</summary>
    private static Guid InstanceIdOf(Guid applicationId) => new([.. applicationId.ToByteArray().Reverse()]);

    private sealed class TestStep(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction) : IStepTransaction, IAsyncDisposable
    {
        private readonly Dictionary<Type, IAsyncDisposable> _shared = [];

        public System.Data.Common.DbConnection Connection => connection;
        public System.Data.Common.DbTransaction Transaction => transaction;

        public T Shared<T>(Func<T> create) where T : class, IAsyncDisposable
        {
            if (!_shared.TryGetValue(typeof(T), out var resource))
            {
                _shared[typeof(T)] = resource = create();
            }

            return (T)resource;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var resource in _shared.Values)
            {
                await resource.DisposeAsync();
            }
        }

        public Task SavepointAsync(string name, CancellationToken ct) => Task.CompletedTask;
        public Task RollbackToSavepointAsync(string name, CancellationToken ct) => Task.CompletedTask;
        public Task ReleaseSavepointAsync(string name, CancellationToken ct) => Task.CompletedTask;
    }

    public async Task SaveAsync(params object[] entities)
    {
        await using var db = Cases();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    public async Task<Application> ApplicationAsync(Guid id)
    {
        await using var db = Cases();
        return await db.Applications.SingleAsync(a => a.Id == id);
    }

    public async Task<Domain.Insurance.InsuredPerson?> PersonAsync(Domain.Insurance.ResidentIdNumber idNumber)
    {
        await using var db = Cases();
        return await db.InsuredPersons.SingleOrDefaultAsync(p => p.IdNumber == idNumber);
    }

    public async Task<IReadOnlyList<string>> NotificationsAsync(Guid applicationId)
    {
        await using var db = Cases();
        return (await db.Notifications.Where(n => n.ApplicationId == applicationId).ToListAsync())
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id).Select(n => n.Kind).ToList();
    }

    /// <summary>Starts the process the way the submit route will: business key and <c>applicationId</c> = the application id.</summary>
    public async Task<Guid> StartCaseAsync(string processKey, Application application)
    {
        var result = await Runtime.StartAsync(
            processKey, application.Id.ToString(), new JsonObject { ["applicationId"] = application.Id.ToString() }, Actor.User("applicant"));
        Assert.True(result.IsOk, result.Error);
        return result.Value!.Id;
    }

    public async Task<Guid> OpenTaskAsync(Guid instanceId, string elementId)
    {
        var tasks = await Queries.TasksAsync(new TaskQuery { InstanceId = instanceId, PageSize = 100 });
        return tasks.Items.Single(t => t.ElementId == elementId).Id;
    }

    public async Task<IReadOnlyList<string>> OpenTasksAsync(Guid instanceId) =>
        (await Queries.TasksAsync(new TaskQuery { InstanceId = instanceId, PageSize = 100 })).Items.Select(t => t.ElementId).ToList();

    public async Task DecideAsync(Guid instanceId, string decision, string? comment = null, JsonArray? missingMaterials = null, string elementId = "reviewApplication", Actor? reviewer = null)
    {
        var variables = new JsonObject { ["decision"] = decision, ["comment"] = comment };
        if (missingMaterials is not null)
        {
            variables["missingMaterials"] = missingMaterials;
        }

        var result = await Runtime.CompleteTaskAsync(await OpenTaskAsync(instanceId, elementId), reviewer ?? Reviewer, variables);
        Assert.True(result.IsOk, result.Error);
    }

    public Task CorrelateAsync(string message, Guid applicationId) => CorrelateAsync(message, applicationId.ToString());

    /// <summary>By any correlation key: the agreement message is keyed by the applicant's ID number, not the case.</summary>
    public async Task CorrelateAsync(string message, string correlationKey)
    {
        var result = await Runtime.CorrelateMessageAsync(message, correlationKey, null, Actor.System);
        Assert.True(result.IsOk, result.Error);
    }

    public async Task<int> AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        var ran = 0;
        while (Scheduler.TakeDue(Time.GetUtcNow()) is { Count: > 0 } due)
        {
            foreach (var id in due)
            {
                await Runtime.RunBookmarkAsync(id);
                ran++;
            }
        }

        return ran;
    }

    public async Task<InstanceStatus> StatusAsync(Guid instanceId) => (await Queries.InstanceAsync(instanceId))!.Status;

    /// <summary>The end events the instance reached, so a test names the outcome the diagram shows.</summary>
    public async Task<IReadOnlyList<string>> EndsReachedAsync(Guid instanceId) =>
        (await Queries.JournalAsync(instanceId)).Where(e => string.Equals(e.ElementType, "endEvent", StringComparison.OrdinalIgnoreCase) && e.Event == "Completed").Select(e => e.ElementId).ToList();

    public async Task AssertNoIncidentsAsync(Guid instanceId)
    {
        var incidents = await Queries.IncidentsAsync(openOnly: true, instanceId);
        Assert.True(incidents.Count == 0, string.Join("; ", incidents.Select(i => i.Message)));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(_databasePath + suffix);
            }
            catch (IOException)
            {
                // The temp folder is cleaned by the OS.
            }
        }
    }
}
