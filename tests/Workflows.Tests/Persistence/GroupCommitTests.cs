using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// Group commit on SQLite (issue 14 §4): steps that queue for the writer while another writes join its transaction, one
/// commit for all; each is answered after that commit, and one that fails is undone alone.
/// </summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task GroupCommit_OneMemberFails_OthersCommitAndItRollsBackWholly()
    {
        // Given: a step holds the writer inside its service task while two more steps queue for it
        var gate = new Gate(joinsTransaction: true);
        await using var engine = await TestEngine.StartAsync(configure: s => s.AddSingleton<IActivityHandler>(gate));
        await engine.DeployAsync(StepOutsideWriteLockTests.TwoReviews);
        await CreateProbeTableAsync(engine);
        var first = await engine.StartAsync("twoReviews", "case-a");
        var second = await engine.StartAsync("twoReviews", "case-b");
        await engine.CompleteAsync(first, "checkBank");
        var writer = engine.Services.GetRequiredService<GroupCommit>();
        var commitsBefore = writer.Commits;
        var holding = engine.Runtime.CompleteTaskAsync(await engine.OpenTaskAsync(first, "checkId"), TestEngine.Reviewer, null);
        await gate.Reached;
        var joining = engine.Runtime.CompleteTaskAsync(await engine.OpenTaskAsync(second, "checkBank"), TestEngine.Reviewer, null);
        var failing = engine.Runtime.StartOnceAsync("twoReviews", "case-c", null, Actor.User("applicant1"), new FailingParticipant(), CancellationToken.None);

        // When
        gate.Open();
        var held = await holding;
        var joined = await joining;
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => failing);

        // Then: the two kept steps are durable, in one commit; nothing of the failing one is left, its own row included
        Assert.Equal("the caller's audit row could not be written", failure.Message);
        Assert.Equal(RuntimeStatus.Ok, held.Status);
        Assert.Equal(RuntimeStatus.Ok, joined.Status);
        Assert.Equal(1, writer.Commits - commitsBefore);
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(first))!.Status);
        Assert.Contains("checkBank:Completed", await engine.JournalAsync(second));
        Assert.Empty(await engine.Queries.InstancesByBusinessKeyAsync("case-c"));
        Assert.Equal(0L, await ProbeRowsAsync(engine));
    }

    [Fact]
    public async Task GroupWriter_KeepsItsSavepointJournalsInMemory()
    {
        // Given: a service task that asks SQLite, on the step's connection (the group's writer), where temp files go
        long? tempStore = null;
        var activities = new TestActivities("test.echo");
        activities.On("test.echo", context =>
        {
            context.Transaction.BeginAsync(CancellationToken.None).GetAwaiter().GetResult();
            using var command = context.Transaction.Connection.CreateCommand();
            command.Transaction = context.Transaction.Transaction;
            command.CommandText = "PRAGMA temp_store";
            tempStore = (long?)command.ExecuteScalar();
            return ActivityResult.Empty;
        });
        await using var engine = await TestEngine.StartAsync(activities);
        await engine.DeployAsync((await File.ReadAllTextAsync(TestEngine.Fixture("Scenarios/Async/async-service.bpmn"))).Replace(" camunda:asyncBefore=\"true\"", ""));

        // When
        await engine.StartAsync("asyncService");

        // Then: 2 = MEMORY, so a member's savepoint writes no temporary file
        Assert.Equal(2L, tempStore);
    }

    [Fact]
    public async Task GroupWriter_CountsTheTimeStepsHoldIt()
    {
        // Given: a service task that holds the writer while 40 ms pass on the engine's clock
        TestEngine? engine = null;
        var activities = new TestActivities("test.echo");
        activities.On("test.echo", context =>
        {
            context.Transaction.BeginAsync(CancellationToken.None).GetAwaiter().GetResult();
            engine!.Time.Advance(TimeSpan.FromMilliseconds(40));
            return ActivityResult.Empty;
        });
        await using var started = engine = await TestEngine.StartAsync(activities);
        await engine.DeployAsync((await File.ReadAllTextAsync(TestEngine.Fixture("Scenarios/Async/async-service.bpmn"))).Replace(" camunda:asyncBefore=\"true\"", ""));
        var writer = engine.Services.GetRequiredService<GroupCommit>();
        var before = writer.BusyTime;

        // When
        await engine.StartAsync("asyncService");

        // Then: the writer was busy for exactly the time the step held it (its commit took no time on the fake clock)
        Assert.Equal(TimeSpan.FromMilliseconds(40), writer.BusyTime - before);
        Assert.Equal(TimeSpan.Zero, writer.CommitTime);
        Assert.Equal(TimeSpan.Zero, writer.HandOverTime);
    }

    private static async Task CreateProbeTableAsync(TestEngine engine)
    {
        await using var connection = new SqliteConnection($"Data Source={engine.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE probe (note TEXT NOT NULL)";
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ProbeRowsAsync(TestEngine engine)
    {
        await using var connection = new SqliteConnection($"Data Source={engine.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM probe";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A caller whose own write goes in before the step and whose audit row then fails (as a full disk would).</summary>
    private sealed class FailingParticipant : IStepParticipant
    {
        public async Task<bool> BeforeStepAsync(IStepTransaction transaction, CancellationToken ct)
        {
            // About to write: its turn at the writer is awaited (the participant runs in a session that has not begun).
            await transaction.BeginAsync(ct);
            await using var command = transaction.Connection.CreateCommand();
            command.Transaction = transaction.Transaction;
            command.CommandText = "INSERT INTO probe (note) VALUES ('case-c submitted')";
            await command.ExecuteNonQueryAsync(ct);
            return true;
        }

        public Task AfterStepAsync(IStepTransaction transaction, Guid instanceId, CancellationToken ct) =>
            throw new InvalidOperationException("the caller's audit row could not be written");
    }
}
