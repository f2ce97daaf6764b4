using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Scenarios.Messages.Batch;

public sealed class BatchCorrelationTests
{
    private const string Fixture = "Scenarios/Messages/Batch/agreement-then-register.bpmn";
    private const string Process = "agreementThenRegister";

    private static readonly string[] Waiting =
        ["agreementThenRegister:Activated", "start:Activated", "start:Completed", "toWait:SequenceFlowTaken", "agreementSigned:Activated"];

    private static readonly string[] Correlated =
    [
        .. Waiting, "agreementSigned:MessageCorrelated", "agreementSigned:Completed", "toRegister:SequenceFlowTaken",
        "register:Activated", "register:Completed", "toEnd:SequenceFlowTaken", "end:Activated", "end:Completed", "agreementThenRegister:Completed",
    ];

    private static MessageDelivery Signed(string key) => new("agreementSigned", key, new JsonObject { ["bankCode"] = "102" });

    private static async Task<(TestEngine Engine, Guid[] Ids)> StartedAsync(int count)
    {
        var engine = await TestEngine.StartAsync(new TestActivities("test.register"));
        await engine.DeployFixtureAsync(Fixture);
        var ids = new Guid[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = await engine.StartAsync(Process, $"case-{i + 1}");
        }

        return (engine, ids);
    }

    [Fact]
    public async Task Batch_AllMatch_CorrelatesEachWithTheJournalOfASingleCorrelation()
    {
        // Given
        var (engine, ids) = await StartedAsync(5);
        await using var _ = engine;
        var single = await engine.StartAsync(Process, "case-single");
        await engine.Runtime.CorrelateMessageAsync("agreementSigned", "case-single", new JsonObject { ["bankCode"] = "102" }, Actor.System);

        // When
        var outcomes = await engine.Runtime.CorrelateMessagesAsync([.. Enumerable.Range(1, 5).Select(i => Signed($"case-{i}"))], Actor.System, chunkSize: 2);

        // Then
        Assert.All(outcomes, o => Assert.Equal(DeliveryStatus.Correlated, o.Status));
        Assert.Equal(ids, outcomes.Select(o => o.ResumedInstances.Single()));
        Assert.Equal(Correlated, await engine.JournalAsync(single));
        foreach (var id in ids)
        {
            Assert.Equal(Correlated, await engine.JournalAsync(id));
            var instance = await engine.Queries.InstanceAsync(id);
            Assert.Equal((InstanceStatus.Completed, "102"), (instance!.Status, (string?)instance.Variables["bankCode"]));
        }
    }

    [Fact]
    public async Task Batch_SomeUnmatched_ReportsThemAndCommitsTheOthers()
    {
        // Given
        var (engine, ids) = await StartedAsync(2);
        await using var _ = engine;

        // When
        var outcomes = await engine.Runtime.CorrelateMessagesAsync(
            [Signed("case-1"), Signed("case-9"), new MessageDelivery("agreementRevoked", "case-2", null), Signed("case-2")], Actor.System);

        // Then
        Assert.Equal(
            [DeliveryStatus.Correlated, DeliveryStatus.Unmatched, DeliveryStatus.Unmatched, DeliveryStatus.Correlated],
            outcomes.Select(o => o.Status));
        Assert.Equal("Expected an instance waiting for message 'agreementSigned' with correlation key 'case-9', but none is.", outcomes[1].Error);
        Assert.Equal(Correlated, await engine.JournalAsync(ids[0]));
        Assert.Equal(Correlated, await engine.JournalAsync(ids[1]));
    }

    [Fact]
    public async Task Batch_OneStepRaisesAnIncident_ThatInstanceHoldsItAndTheOthersComplete()
    {
        // Given
        var (engine, ids) = await StartedAsync(3);
        await using var _ = engine;
        engine.Activities.On("test.register", c => c.BusinessKey == "case-2"
            ? throw new InvalidOperationException("the register is down")
            : ActivityResult.Empty);

        // When
        var outcomes = await engine.Runtime.CorrelateMessagesAsync([Signed("case-1"), Signed("case-2"), Signed("case-3")], Actor.System);

        // Then: as with one correlation, the message is accepted and the failing element holds an incident.
        Assert.All(outcomes, o => Assert.Equal(DeliveryStatus.Correlated, o.Status));
        Assert.Equal(
            [.. Waiting, "agreementSigned:MessageCorrelated", "agreementSigned:Completed", "toRegister:SequenceFlowTaken", "register:Activated", "register:IncidentCreated"],
            await engine.JournalAsync(ids[1]));
        Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, ids[1]));
        Assert.Equal(Correlated, await engine.JournalAsync(ids[0]));
        Assert.Equal(Correlated, await engine.JournalAsync(ids[2]));
    }

    [Fact]
    public async Task Batch_WhenAnotherWriterKeepsChangingOneInstance_ThatMessageConflictsAndRollsBackAlone()
    {
        // Given: the register step of case-2 moves its instance's stamp from outside the step, as a parallel
        // completion committing between this step's read and its write does on PostgreSQL.
        var (engine, ids) = await StartedAsync(3);
        await using var _ = engine;
        var bumps = 0;
        engine.Activities.On("test.register", c =>
        {
            if (c.BusinessKey == "case-2")
            {
                using var command = c.Transaction.Connection.CreateCommand();
                command.Transaction = c.Transaction.Transaction;
                command.CommandText = $"UPDATE wf_instances SET \"ConcurrencyStamp\" = \"ConcurrencyStamp\" + 1 WHERE \"BusinessKey\" = 'case-2'";
                command.ExecuteNonQuery();
                bumps++;
            }

            return ActivityResult.Empty;
        });

        // When
        var outcomes = await engine.Runtime.CorrelateMessagesAsync([Signed("case-1"), Signed("case-2"), Signed("case-3")], Actor.System);

        // Then: tried on fresh state three times in all, then reported; the others committed.
        Assert.Equal([DeliveryStatus.Correlated, DeliveryStatus.Conflicted, DeliveryStatus.Correlated], outcomes.Select(o => o.Status));
        Assert.Equal(3, bumps);
        Assert.Equal(Waiting, await engine.JournalAsync(ids[1]));
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(ids[1]))!.Status);
        Assert.Equal(Correlated, await engine.JournalAsync(ids[0]));

        // When the other writer is gone
        engine.Activities.On("test.register", _ => ActivityResult.Empty);
        var again = await engine.Runtime.CorrelateMessagesAsync([Signed("case-2")], Actor.System);

        // Then
        Assert.Equal(DeliveryStatus.Correlated, again.Single().Status);
        Assert.Equal(Correlated, await engine.JournalAsync(ids[1]));
    }

    [Fact]
    public async Task Batch_StoppedBetweenChunks_KeepsTheCommittedChunk_AndARerunDeliversTheRestOnce()
    {
        // Given: the process "dies" while the first chunk runs; that chunk still commits, the second never starts.
        var (engine, ids) = await StartedAsync(4);
        await using var _ = engine;
        using var stop = new CancellationTokenSource();
        engine.Activities.On("test.register", c =>
        {
            if (c.BusinessKey == "case-2")
            {
                stop.Cancel();
            }

            return ActivityResult.Empty;
        });
        var messages = Enumerable.Range(1, 4).Select(i => Signed($"case-{i}")).ToArray();

        // When
        var stopped = await Record.ExceptionAsync(() => engine.Runtime.CorrelateMessagesAsync(messages, Actor.System, chunkSize: 2, stop.Token));

        // Then
        Assert.IsAssignableFrom<OperationCanceledException>(stopped);
        Assert.Equal(
            [InstanceStatus.Completed, InstanceStatus.Completed, InstanceStatus.Active, InstanceStatus.Active],
            await Task.WhenAll(ids.Select(async id => (await engine.Queries.InstanceAsync(id))!.Status)));

        // When rerun
        var rerun = await engine.Runtime.CorrelateMessagesAsync(messages, Actor.System, chunkSize: 2);

        // Then
        Assert.Equal(
            [DeliveryStatus.Unmatched, DeliveryStatus.Unmatched, DeliveryStatus.Correlated, DeliveryStatus.Correlated],
            rerun.Select(o => o.Status));
        foreach (var id in ids)
        {
            Assert.Equal(Correlated, await engine.JournalAsync(id));
        }
    }

    [Fact]
    public async Task Batch_RacingTaskCompletionsOnTheSameInstances_LosesAndRepeatsNothing()
    {
        // Given: each instance waits for a review and, in parallel, for the agreement.
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Messages/Batch/review-and-agreement.bpmn");
        var ids = new Guid[20];
        var tasks = new Guid[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = await engine.StartAsync("reviewAndAgreement", $"case-{i}");
            tasks[i] = await engine.OpenTaskAsync(ids[i], "review");
        }

        // When: the batch and the reviewers run at once; a reviewer who meets a conflict tries again, as people do.
        var batch = Task.Run(() => engine.Runtime.CorrelateMessagesAsync([.. ids.Select((_, i) => Signed($"case-{i}"))], Actor.System, chunkSize: 5));
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
        Assert.All(outcomes, o => Assert.Equal(DeliveryStatus.Correlated, o.Status));
        foreach (var id in ids)
        {
            var journal = await engine.JournalAsync(id);
            Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
            Assert.Single(journal, e => e == "agreementSigned:MessageCorrelated");
            Assert.Single(journal, e => e == "review:Completed");
            Assert.Single(journal, e => e == "reviewAndAgreement:Completed");
        }
    }
}
