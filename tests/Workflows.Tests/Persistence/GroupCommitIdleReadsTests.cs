using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// A step's lookups on the shared writer's connection while the writer is idle (<see cref="GroupCommit.TryReadWhileIdle{T}"/>):
/// they see what is committed, by any connection; they never wait for a busy writer; a step that wants to write while
/// one runs gets its turn right after it.
/// </summary>
public sealed class GroupCommitIdleReadsTests
{
    [Fact]
    public async Task AStepsLookups_GoToTheIdleWriter_AndSeeWhatAnotherConnectionCommitted()
    {
        // Given: an instance whose start the writer wrote (so its connection holds those pages), and then another
        // connection that cancels the instance's open review behind the engine's back
        await using var engine = await TestEngine.StartAsync(configure: s => s.AddSingleton<IActivityHandler>(new Gate()));
        await engine.DeployAsync(StepOutsideWriteLockTests.TwoReviews);
        var id = await engine.StartAsync("twoReviews");
        var checkBank = await engine.OpenTaskAsync(id, "checkBank");
        await ExecuteAsync(engine, $"UPDATE wf_tasks SET \"Status\" = 'Cancelled' WHERE \"Id\" = '{checkBank.ToString().ToUpperInvariant()}'");
        var writer = engine.Services.GetRequiredService<GroupCommit>();
        var idleReads = writer.IdleReads;

        // When
        var result = await engine.Runtime.CompleteTaskAsync(checkBank, TestEngine.Reviewer, null);

        // Then: the lookup ran on the writer's connection and found the task as the other connection left it
        Assert.True(writer.IdleReads > idleReads, "expected the step's lookups on the idle writer's connection");
        Assert.Equal(RuntimeStatus.Conflict, result.Status);
        Assert.Equal("task.notOpen", result.Code);
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task WhileAStepHoldsTheWriter_ALookupDoesNotWaitForIt_AndGoesToTheStepsOwnConnection()
    {
        // Given: a step holding the writer inside its service task
        var gate = new Gate(joinsTransaction: true);
        await using var engine = await TestEngine.StartAsync(configure: s => s.AddSingleton<IActivityHandler>(gate));
        await engine.DeployAsync(StepOutsideWriteLockTests.TwoReviews);
        var first = await engine.StartAsync("twoReviews", "case-a");
        var second = await engine.StartAsync("twoReviews", "case-b");
        var writer = engine.Services.GetRequiredService<GroupCommit>();
        var holding = engine.Runtime.CompleteTaskAsync(await engine.OpenTaskAsync(first, "checkId"), TestEngine.Reviewer, null);
        await gate.Reached;
        var idleReads = writer.IdleReads;

        // When: a lookup is offered to the writer, and another step completes its review meanwhile
        // (a lookup that waited for the writer would wait for the gate: the bound turns that into a failure)
        var ran = await Task.Run(() => writer.TryReadWhileIdle(_ => true, out _)).WaitAsync(TimeSpan.FromSeconds(30));
        var readsWhileHeld = writer.IdleReads - idleReads;
        var other = engine.Runtime.CompleteTaskAsync(await engine.OpenTaskAsync(second, "checkBank"), TestEngine.Reviewer, null);
        gate.Open();

        // Then: nothing was read on the held writer, and both steps completed
        Assert.False(ran);
        Assert.Equal(0, readsWhileHeld);
        Assert.Equal(RuntimeStatus.Ok, (await holding).Status);
        Assert.Equal(RuntimeStatus.Ok, (await other).Status);
        Assert.Contains("checkBank:Completed", await engine.JournalAsync(second));
    }

    [Fact]
    public async Task AStepThatWantsToWriteDuringAnIdleRead_GetsTheTurnRightAfterIt()
    {
        // Given: an idle writer, and two instances waiting at their reviews
        await using var engine = await TestEngine.StartAsync(configure: s => s.AddSingleton<IActivityHandler>(new Gate()));
        await engine.DeployAsync(StepOutsideWriteLockTests.TwoReviews);
        var id = await engine.StartAsync("twoReviews");
        var checkBank = await engine.OpenTaskAsync(id, "checkBank");
        var writer = engine.Services.GetRequiredService<GroupCommit>();

        // When: a step that completes a review starts while a read holds the idle writer's turn
        Task<RuntimeResult<Guid>>? completing = null;
        var ran = writer.TryReadWhileIdle(connection =>
        {
            completing = engine.Runtime.CompleteTaskAsync(checkBank, TestEngine.Reviewer, null);
            return connection.State;
        }, out var state);

        // Then: the read ran on the open writer, and the step, queued behind it, wrote once the read gave the turn back
        Assert.True(ran);
        Assert.Equal(System.Data.ConnectionState.Open, state);
        Assert.Equal(RuntimeStatus.Ok, (await completing!).Status);
        Assert.Contains("checkBank:Completed", await engine.JournalAsync(id));
    }

    private static async Task ExecuteAsync(TestEngine engine, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={engine.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
