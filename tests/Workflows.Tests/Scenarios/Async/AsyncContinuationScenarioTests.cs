using SocialInsurance.Testing;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.Tests.Scenarios.Incidents;

namespace SocialInsurance.Workflows.Tests.Scenarios.Async;

public sealed class AsyncContinuationScenarioTests
{
    private const string Fixture = "Scenarios/Async/async-service.bpmn";

    [Fact]
    public async Task AsyncBefore_CommitsTheStart_AndRunsTheTaskAsAJob()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);

        // When
        var id = await engine.StartAsync("asyncService");

        // Then
        Assert.Equal(["asyncService:Activated", "start:Activated", "start:Completed", "toCall:SequenceFlowTaken"], await engine.JournalAsync(id));
        var job = Assert.Single(await engine.BookmarksAsync(id));
        Assert.Equal(BookmarkKind.Job, job.Kind);
        Assert.Equal([job.Id], engine.Scheduler.Scheduled);
        Assert.Empty(engine.Activities.Calls);

        // When
        await engine.RunDueJobsAsync();

        // Then
        Assert.Single(engine.Activities.Calls);
        Assert.Equal(
            ["callBureau:Activated", "callBureau:Completed", "toEnd:SequenceFlowTaken", "end:Activated", "end:Completed", "asyncService:Completed"],
            (await engine.JournalAsync(id)).Skip(4));
    }

    [Fact]
    public async Task AsyncJob_DeliveredTwice_HasOneEffect()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("asyncService");
        var jobId = engine.Scheduler.Scheduled.Single();

        // When
        var first = await engine.Runtime.RunBookmarkAsync(jobId);
        var second = await engine.Runtime.RunBookmarkAsync(jobId);

        // Then
        Assert.True(first.Value);
        Assert.False(second.Value);
        Assert.Single(engine.Activities.Calls);
        Assert.Single(await engine.JournalAsync(id), e => e == "asyncService:Completed");
    }

    [Fact]
    public async Task FailingJob_IsRetriedAsTheCycleSays_ThenBecomesAnIncident_AndRetryingTheIncidentGoesOn()
    {
        // Given
        var activities = new TestActivities("test.echo");
        var attempts = 0;
        activities.On("test.echo", _ =>
        {
            attempts++;
            throw new InvalidOperationException("the tax bureau did not answer");
        });
        await using var engine = await TestEngine.StartAsync(activities);
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("asyncService");

        // When: the first attempt, then the retries R3/PT10S allows
        await engine.RunDueJobsAsync();
        await engine.AdvanceAsync(TimeSpan.FromSeconds(9));
        Assert.Equal(1, attempts);
        await engine.AdvanceAsync(TimeSpan.FromSeconds(1));
        await engine.AdvanceAsync(TimeSpan.FromSeconds(10));

        // Then
        Assert.Equal(3, attempts);
        var instance = await engine.Queries.InstanceAsync(id);
        Assert.Equal(TokenStatus.Failed, instance!.Tokens.Single().Status);
        Assert.Equal("callBureau", instance.Tokens.Single().ElementId);
        var incident = (await engine.Queries.IncidentsAsync(openOnly: true, id)).Single();
        Assert.Contains("retries exhausted (R3/PT10S)", incident.Message);
        Assert.Contains("the tax bureau did not answer", incident.Message);
        IncidentAssert.HasCause(incident, IncidentCodes.JobFailed, ("attempts", "3"), ("detail", "the tax bureau did not answer"));
        Assert.Equal(["callBureau:JobFailed", "callBureau:JobFailed", "callBureau:IncidentCreated"], (await engine.JournalAsync(id)).Skip(4));
        Assert.Empty(await engine.BookmarksAsync(id));

        // When the bureau is back and an administrator retries
        activities.On("test.echo", _ => ActivityResult.Empty);
        var retried = await engine.Runtime.RetryIncidentAsync(incident.Id, Actor.User("admin1"));

        // Then
        Assert.True(retried.IsOk, retried.Error);
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task FailingActivity_RollsBackWhatItWrote()
    {
        // Given: an activity that writes through the step's transaction and then throws
        var activities = new TestActivities("test.echo");
        activities.On("test.echo", context =>
        {
            using var command = context.Transaction.Connection.CreateCommand();
            command.Transaction = context.Transaction.Transaction;
            command.CommandText = "CREATE TABLE IF NOT EXISTS side_effects (id INTEGER); INSERT INTO side_effects VALUES (1);";
            command.ExecuteNonQuery();
            throw new InvalidOperationException("after writing");
        });
        await using var engine = await TestEngine.StartAsync(activities);
        await engine.DeployAsync((await File.ReadAllTextAsync(TestEngine.Fixture(Fixture))).Replace(" camunda:asyncBefore=\"true\"", ""));

        // When
        var id = await engine.StartAsync("asyncService");

        // Then: the start committed with an incident, the activity's write did not
        Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, id));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={engine.DatabasePath}");
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'side_effects'";
        Assert.Equal(0L, (long)(await check.ExecuteScalarAsync())!);
    }
}
