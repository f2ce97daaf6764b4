using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>One instance per business key when the caller asks for it, on both providers, also under racing starts.</summary>
public sealed class StartOnceTests
{
    private static readonly Actor Applicant = Actor.User("applicant1");

    [Fact]
    public async Task StartOnce_ReturnsTheFirstInstance_WhenStartedAgainWithTheSameKey()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/UserTasks/single-task.bpmn");
        var first = await engine.Runtime.StartOnceAsync("singleTask", "case-1", null, Applicant);

        // When
        var again = await engine.Runtime.StartOnceAsync("singleTask", "case-1", null, Applicant);
        var other = await engine.Runtime.StartOnceAsync("singleTask", "case-2", null, Applicant);

        // Then
        Assert.Equal(first.Value!.Id, again.Value!.Id);
        Assert.NotEqual(first.Value.Id, other.Value!.Id);
        Assert.Single(await engine.Queries.InstancesByBusinessKeyAsync("case-1"));
    }

    [Fact]
    public async Task StartOnce_RacingStarts_EndOnOneInstance_OnSqlite()
    {
        await using var engine = await TestEngine.StartAsync();
        await RaceAsync(engine);
    }

    [SkippableFact]
    public async Task StartOnce_RacingStarts_EndOnOneInstance_OnPostgreSql()
    {
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var engine = await TestEngine.StartAsync(databasePath: database.ConnectionString);
        await RaceAsync(engine);
    }

    [Fact]
    public async Task InstanceStore_RejectsASecondInstance_WithTheSameUniqueKey()
    {
        await using var engine = await TestEngine.StartAsync();
        await AssertUniqueKeyEnforcedAsync(engine);
    }

    [SkippableFact]
    public async Task InstanceStore_RejectsASecondInstance_WithTheSameUniqueKey_OnPostgreSql()
    {
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var engine = await TestEngine.StartAsync(databasePath: database.ConnectionString);
        await AssertUniqueKeyEnforcedAsync(engine);
    }

    private static async Task RaceAsync(TestEngine engine)
    {
        // Given
        await engine.DeployFixtureAsync("Scenarios/UserTasks/single-task.bpmn");

        // When
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => engine.Runtime.StartOnceAsync("singleTask", "case-1", null, Applicant))));

        // Then
        var instance = Assert.Single(await engine.Queries.InstancesByBusinessKeyAsync("case-1"));
        Assert.All(results, result => Assert.Equal(instance.Id, result.Value!.Id));
        Assert.Single((await engine.Queries.TasksAsync(new TaskQuery { BusinessKey = "case-1" })).Items);
    }

    private static async Task AssertUniqueKeyEnforcedAsync(TestEngine engine)
    {
        // Given: keyless instances share a business key freely (an administrator may start several)
        var store = engine.Services.GetRequiredService<IWorkflowStore>();
        await CommitAsync(store, Instance("case-1", uniqueKey: null));
        await CommitAsync(store, Instance("case-1", uniqueKey: null));
        await CommitAsync(store, Instance("case-1", uniqueKey: "case-1"));

        // When
        var second = await Record.ExceptionAsync(() => CommitAsync(store, Instance("case-1", uniqueKey: "case-1")));

        // Then
        Assert.IsAssignableFrom<DbException>(second);
        Assert.Equal(3, (await engine.Queries.InstancesByBusinessKeyAsync("case-1")).Count);
    }

    private static ProcessInstance Instance(string businessKey, string? uniqueKey) => new()
    {
        Id = Guid.CreateVersion7(),
        DefinitionId = "singleTask:1",
        ProcessKey = "singleTask",
        BusinessKey = businessKey,
        UniqueKey = uniqueKey,
    };

    private static async Task CommitAsync(IWorkflowStore store, ProcessInstance instance)
    {
        await using var session = await store.OpenAsync(CancellationToken.None);
        session.Add(instance);
        await session.CommitAsync(CancellationToken.None);
    }
}
