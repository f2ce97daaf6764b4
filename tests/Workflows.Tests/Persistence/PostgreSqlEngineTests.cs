using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// The same engine over PostgreSQL (the scale-out set-up): nothing above the DbContext knows the provider, so the key
/// semantics must hold unchanged. Skipped when no server is configured (<c>SI_TEST_POSTGRES</c>).
/// </summary>
public sealed class PostgreSqlEngineTests
{
    private static async Task<(PostgresDatabase Database, TestEngine Engine)> StartAsync()
    {
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        var database = await PostgresDatabase.CreateAsync();
        return (database, await TestEngine.StartAsync(databasePath: database.ConnectionString));
    }

    [SkippableFact]
    public async Task UserTask_StartCompleteAndJournal_OnPostgreSql()
    {
        // Given
        var (database, engine) = await StartAsync();
        await using var _ = database;
        await using var __ = engine;
        await engine.DeployFixtureAsync("Scenarios/UserTasks/single-task.bpmn");

        // When
        var id = await engine.StartAsync("singleTask", variables: new JsonObject { ["regionCode"] = "6501" });
        await engine.CompleteAsync(id, "review", new JsonObject { ["decision"] = "approve" });

        // Then
        Assert.Equal(
            ["singleTask:Activated", "start:Activated", "start:Completed", "toReview:SequenceFlowTaken", "review:Activated",
             "review:Completed", "toEnd:SequenceFlowTaken", "end:Activated", "end:Completed", "singleTask:Completed"],
            await engine.JournalAsync(id));
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [SkippableFact]
    public async Task BatchCorrelation_RacingTaskCompletions_LosesAndRepeatsNothing_OnPostgreSql()
    {
        // Given: under READ COMMITTED the batch and a reviewer really can read the same stamp; one of them must lose.
        var (database, engine) = await StartAsync();
        await using var _ = database;
        await using var __ = engine;
        await engine.DeployFixtureAsync("Scenarios/Messages/Batch/review-and-agreement.bpmn");
        var ids = new Guid[10];
        var tasks = new Guid[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = await engine.StartAsync("reviewAndAgreement", $"case-{i}");
            tasks[i] = await engine.OpenTaskAsync(ids[i], "review");
        }

        // When
        var messages = ids.Select((_, i) => new MessageDelivery("agreementSigned", $"case-{i}", null)).Append(new MessageDelivery("agreementSigned", "case-x", null));
        var batch = Task.Run(() => engine.Runtime.CorrelateMessagesAsync([.. messages], Actor.System, chunkSize: 4));
        var reviews = tasks.Select(task => Task.Run(async () =>
        {
            RuntimeResult<Guid> result;
            while ((result = await engine.Runtime.CompleteTaskAsync(task, TestEngine.Reviewer, null)).Status == RuntimeStatus.Conflict)
            {
            }

            return result.Status;
        })).ToArray();
        var outcomes = await batch;

        // Then
        Assert.All(await Task.WhenAll(reviews), status => Assert.Equal(RuntimeStatus.Ok, status));
        Assert.All(outcomes.Take(ids.Length), o => Assert.Equal(DeliveryStatus.Correlated, o.Status));
        Assert.Equal(DeliveryStatus.Unmatched, outcomes[^1].Status);
        foreach (var id in ids)
        {
            var journal = await engine.JournalAsync(id);
            Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
            Assert.Single(journal, e => e == "agreementSigned:MessageCorrelated");
            Assert.Single(journal, e => e == "review:Completed");
        }
    }

    [SkippableFact]
    public async Task TwoCompletionsAtOnce_OneWinsAndOneConflicts_OnPostgreSql()
    {
        // Given
        var (database, engine) = await StartAsync();
        await using var _ = database;
        await using var __ = engine;
        await engine.DeployFixtureAsync("Scenarios/UserTasks/single-task.bpmn");
        var id = await engine.StartAsync("singleTask");
        var taskId = await engine.OpenTaskAsync(id, "review");

        // When
        var results = await Task.WhenAll(
            Task.Run(() => engine.Runtime.CompleteTaskAsync(taskId, Actor.User("reviewer1", "reviewers"), null)),
            Task.Run(() => engine.Runtime.CompleteTaskAsync(taskId, Actor.User("reviewer3", "reviewers"), null)));

        // Then
        Assert.Single(results, r => r.Status == RuntimeStatus.Ok);
        Assert.Single(results, r => r.Status == RuntimeStatus.Conflict);
        Assert.Single(await engine.JournalAsync(id), e => e == "review:Completed");
    }

    [SkippableFact]
    public async Task TimersMessagesAndKeysetPaging_OnPostgreSql()
    {
        // Given
        var (database, engine) = await StartAsync();
        await using var _ = database;
        await using var __ = engine;
        await engine.DeployFixtureAsync("Scenarios/EventBased/agreement-or-reminder.bpmn");
        var signed = await engine.StartAsync("agreementOrReminder", "case-1");
        var silent = await engine.StartAsync("agreementOrReminder", "case-2");

        // When
        var page = await engine.Queries.SubscriptionsAsync("agreementSigned", afterId: null, limit: 1);
        var rest = await engine.Queries.SubscriptionsAsync("agreementSigned", page[0].Id, limit: 10);
        await engine.Runtime.CorrelateMessageAsync("agreementSigned", "case-1", null, Actor.System);
        await engine.AdvanceAsync(TimeSpan.FromDays(7));

        // Then
        Assert.Equal(2, page.Count + rest.Count);
        Assert.Contains("toSigned:SequenceFlowTaken", await engine.JournalAsync(signed));
        Assert.Contains("timeoutToEnd:SequenceFlowTaken", await engine.JournalAsync(silent));
    }
}
