using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// A step hands its jobs to the scheduler only after its connection is back in the pool. Hangfire's client is
/// synchronous and needs a connection of its own: a step that held its own while waiting for it made every busy
/// PostgreSQL node a convoy of steps each holding one connection and waiting for a second (bench/README.md, "SQLite,
/// PostgreSQL one node and three nodes, same run": 120 of 3,000 submissions at 100/s).
/// </summary>
public sealed class SchedulingAfterReleaseTests
{
    private const string Fixture = "Scenarios/Async/async-service.bpmn";

    [SkippableFact]
    public async Task Start_OnPostgreSql_SchedulesItsJobAfterGivingTheConnectionBack()
    {
        // Given
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        var probe = new HeldAtScheduling();
        await using var engine = await TestEngine.StartAsync(databasePath: database.ConnectionString, configure: services => probe.Register(services));
        await engine.DeployFixtureAsync(Fixture);

        // When
        await engine.StartAsync("asyncService");

        // Then: one job scheduled, and no step slot (each stands for a pooled connection) held while scheduling it
        Assert.Equal([0], probe.SlotsHeld);
    }

    [Fact]
    public async Task Start_OnSqliteWithoutGroupCommit_SchedulesItsJobAfterLeavingTheWriter()
    {
        // Given
        var probe = new HeldAtScheduling();
        await using var engine = await TestEngine.StartAsync(configure: services =>
        {
            ((WorkflowOptions)services.Single(d => d.ServiceType == typeof(WorkflowOptions)).ImplementationInstance!).GroupCommit = false;
            probe.Register(services);
        });
        await engine.DeployFixtureAsync(Fixture);

        // When
        await engine.StartAsync("asyncService");

        // Then
        Assert.Equal([0], probe.SlotsHeld);
    }

    [SkippableFact]
    public async Task Commit_OnPostgreSql_GivesTheConnectionBackBeforeTheSessionIsDisposed()
    {
        // Given: a session that wrote and committed
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var engine = await TestEngine.StartAsync(databasePath: database.ConnectionString);
        var store = engine.Services.GetRequiredService<IWorkflowStore>();
        var admission = engine.Services.GetRequiredService<StepAdmission>();
        await using var session = await store.OpenAsync(CancellationToken.None);
        Assert.Equal(1, admission.InUse);

        // When
        await session.CommitAsync(CancellationToken.None);

        // Then
        Assert.Equal(0, admission.InUse);
    }

    /// <summary>Records, at each scheduling, how many step slots are held (the engine runs one step at a time here).</summary>
    private sealed class HeldAtScheduling : IWorkflowJobScheduler
    {
        private StepAdmission? _admission;

        public List<int> SlotsHeld { get; } = [];

        public void Register(IServiceCollection services) =>
            services.AddSingleton<IWorkflowJobScheduler>(provider =>
            {
                _admission = provider.GetRequiredService<StepAdmission>();
                return this;
            });

        public void Schedule(Bookmark bookmark) => SlotsHeld.Add(_admission!.InUse);
    }
}
