using System.Data.Common;
using Microsoft.Data.Sqlite;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// <see cref="IDeferredStepWrites"/>: a shared resource that reads before the step's transaction begins and writes
/// only when it begins. Its rows commit with the step or not at all; a stale read or a partial rollback runs the step
/// again, the last time with the transaction begun from the start.
/// </summary>
public sealed class DeferredStepWritesTests
{
    private const string TwoTasks = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://socialinsurance.example/test">
          <bpmn:process id="twoTasks" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="toFirst" sourceRef="start" targetRef="first" />
            <bpmn:serviceTask id="first" camunda:type="external" camunda:topic="test.first" />
            <bpmn:sequenceFlow id="toSecond" sourceRef="first" targetRef="second" />
            <bpmn:serviceTask id="second" camunda:type="external" camunda:topic="test.second" />
            <bpmn:sequenceFlow id="toWait" sourceRef="second" targetRef="wait" />
            <bpmn:userTask id="wait" />
            <bpmn:sequenceFlow id="toEnd" sourceRef="wait" targetRef="end" />
            <bpmn:endEvent id="end" />
            <bpmn:boundaryEvent id="onRefused" attachedToRef="second">
              <bpmn:errorEventDefinition />
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="toWaitAnyway" sourceRef="onRefused" targetRef="wait" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task HeldBackWrites_CommitWithTheStep_AndNoHandlerHeldTheTransaction()
    {
        // Given: both handlers write through the resource; neither begins the transaction
        var activities = new TestActivities("test.first", "test.second");
        await using var engine = await EngineAsync(activities);
        var begunInHandlers = new List<bool>();
        activities.On("test.first", context => Note(context, "first", begunInHandlers));
        activities.On("test.second", context => Note(context, "second", begunInHandlers));

        // When
        var instanceId = await engine.StartAsync("twoTasks");

        // Then: written once each, with the instance, and the handlers ran before the transaction began
        Assert.Equal(["first", "second"], await NotesAsync(engine));
        Assert.Equal([false, false], begunInHandlers);
        Assert.NotNull(await engine.Queries.InstanceAsync(instanceId));
    }

    [Fact]
    public async Task AStaleRead_FoundWhenWriting_RunsTheStepAgain_AndCommitsOnce()
    {
        // Given: the first write finds its read stale (another writer committed since)
        var activities = new TestActivities("test.first", "test.second");
        await using var engine = await EngineAsync(activities);
        var conflicts = 1;
        var runs = 0;
        activities.On("test.first", context =>
        {
            runs++;
            var notes = context.Transaction.Shared(() => new Notes(context.Transaction));
            notes.Add("first");
            notes.ConflictsLeft = conflicts--;
            return ActivityResult.Empty;
        });
        activities.On("test.second", _ => ActivityResult.Empty);

        // When
        await engine.StartAsync("twoTasks");

        // Then
        Assert.Equal(2, runs);
        Assert.Equal(["first"], await NotesAsync(engine));
        Assert.Single(await engine.Queries.InstancesByBusinessKeyAsync("case-1"));
    }

    [Fact]
    public async Task ARollbackToASavepointOverHeldBackWrites_RunsTheStepAgainInItsTransaction_KeepingWhatCameBefore()
    {
        // Given: the first task holds a write back, the second fails with a BPMN error caught on its boundary, which
        // must undo the second task's write but keep the first's
        var activities = new TestActivities("test.first", "test.second");
        await using var engine = await EngineAsync(activities);
        var begunInSecond = new List<bool>();
        activities.On("test.first", context => Note(context, "first", []));
        activities.On("test.second", context =>
        {
            begunInSecond.Add(context.Transaction.HasBegun);
            context.Transaction.Shared(() => new Notes(context.Transaction)).Add("second");
            throw new BpmnErrorException("REFUSED");
        });

        // When
        var instanceId = await engine.StartAsync("twoTasks");

        // Then: run again with the transaction begun throughout; the first write kept, the second undone
        Assert.Equal([false, true], begunInSecond);
        Assert.Equal(["first"], await NotesAsync(engine));
        await engine.OpenTaskAsync(instanceId, "wait");
    }

    [Fact]
    public async Task ARollbackToASavepointBeforeAnyHeldBackWrite_DropsThemWithoutRunningAgain()
    {
        // Given: only the failing task writes, after its savepoint
        var activities = new TestActivities("test.first", "test.second");
        await using var engine = await EngineAsync(activities);
        var runs = 0;
        activities.On("test.first", _ => ActivityResult.Empty);
        activities.On("test.second", context =>
        {
            runs++;
            context.Transaction.Shared(() => new Notes(context.Transaction)).Add("second");
            throw new BpmnErrorException("REFUSED");
        });

        // When
        await engine.StartAsync("twoTasks");

        // Then
        Assert.Equal(1, runs);
        Assert.Empty(await NotesAsync(engine));
    }

    private static async Task<TestEngine> EngineAsync(TestActivities activities)
    {
        var engine = await TestEngine.StartAsync(activities);
        await engine.DeployAsync(TwoTasks);
        await using var connection = new SqliteConnection($"Data Source={engine.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE test_notes (Text TEXT NOT NULL)";
        await create.ExecuteNonQueryAsync();
        return engine;
    }

    private static ActivityResult Note(ActivityContext context, string text, List<bool> begun)
    {
        begun.Add(context.Transaction.HasBegun);
        context.Transaction.Shared(() => new Notes(context.Transaction)).Add(text);
        return ActivityResult.Empty;
    }

    private static async Task<List<string>> NotesAsync(TestEngine engine)
    {
        await using var connection = new SqliteConnection($"Data Source={engine.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT Text FROM test_notes ORDER BY rowid";
        var notes = new List<string>();
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            notes.Add(reader.GetString(0));
        }

        return notes;
    }

    /// <summary>Rows held back until the step's transaction begins; written directly once it has.</summary>
    private sealed class Notes(IStepTransaction step) : IDeferredStepWrites, IAsyncDisposable
    {
        private readonly List<string> _held = [];

        public int ConflictsLeft { get; set; }

        public bool HasPendingWrites => _held.Count > 0;

        public void Add(string text)
        {
            if (step.HasBegun)
            {
                Insert(step.Connection, step.Transaction, text);
                return;
            }

            _held.Add(text);
        }

        public Task WriteAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
        {
            if (ConflictsLeft > 0)
            {
                throw new ConcurrencyConflictException("Expected the row read to be unchanged, but another writer changed it.");
            }

            foreach (var text in _held)
            {
                Insert(connection, transaction, text);
            }

            _held.Clear();
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private static void Insert(DbConnection connection, DbTransaction transaction, string text)
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO test_notes (Text) VALUES ($text)";
            var parameter = insert.CreateParameter();
            parameter.ParameterName = "$text";
            parameter.Value = text;
            insert.Parameters.Add(parameter);
            insert.ExecuteNonQuery();
        }
    }
}
