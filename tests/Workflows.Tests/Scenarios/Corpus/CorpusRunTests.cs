using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Workflows.Tests.Parsing;
using SocialInsurance.Testing;

namespace SocialInsurance.Workflows.Tests.Scenarios.Corpus;

/// <summary>
/// Every corpus file inside our subset is not only accepted but runs: a driver completes whatever task is open and
/// lets a day pass, round after round, until the instance ends or stands still. The expected outcome is written down
/// per file, so a change in semantics shows as a changed outcome, not as a silent pass.
/// </summary>
public sealed class CorpusRunTests
{
    private const string MessageStartFile = "bpmn/camunda-bpm-examples/startevent__message_start_process.bpmn";
    private const string AsyncStartFile = "bpmn/camunda-bpm-platform/AsyncStartEventTest.shouldRunAfterMessageStartInEventSubprocess.bpmn";

    public static TheoryData<string, string, string> Files() => new()
    {
        // file, variables (JSON), expected outcome
        // Its script calls bpmn-engine's next(err) over a `variables` global; a script failure is not a BPMN error (as in
        // Camunda 7), so the error boundary stays quiet and the task gets an incident.
        { "bpmn/bpmn-engine/bound-error-and-timer.bpmn", """{"input":1}""", "Incident at scriptTask" },
        { "bpmn/bpmn-engine/boundary-non-interupting-timer.bpmn", "{}", "Completed" },
        // Written for bpmn-engine's own script API (next(), this.variables): our sandbox has neither, so it stops with an incident.
        { "bpmn/bpmn-engine/loop.bpmn", """{"input":0}""", "Incident at scriptTask1" },
        { "bpmn/bpmn-engine/multiple-joins.bpmn", """{"input":10}""", "Incident at exclusiveGateway1" },
        // Standard BPMN joins wait for every incoming flow; one of the two exclusive branches always bypasses a join, so
        // this model (written for bpmn-engine's looser joins) deadlocks by design under BPMN semantics.
        { "bpmn/bpmn-engine/succeeding-joins.bpmn", """{"variables":{"takeJoin1":true,"takeJoin2":true}}""", "Stuck" },
        // The plain task passes through; its script uses bpmn-engine's this.variables, which our sandbox does not have.
        { "bpmn/bpmn-engine/task-multiple-inbound.bpmn", """{"input":0}""", "Incident at script" },
        { "bpmn/miwg/bpmn.io-Camunda-Modeler-18.6.1__A.4.0-export.bpmn", "{}", "Completed" },
        { "bpmn/camunda-bpm-platform/BoundaryTimerNonInterruptingEventTest.testTimerOnEmbeddedSubprocess.bpmn", "{}", "Completed" },
        { "bpmn/camunda-bpm-platform/CancelAcquiredJobTest.testBothJobsAcquiredAtSameTime.bpmn", "{}", "Completed" },
        { "bpmn/camunda-bpm-platform/InclusiveGatewayTest.testJoinAfterSubprocesses.bpmn", """{"a":1,"b":1}""", "Completed" },
        { "bpmn/camunda-bpm-platform/InclusiveGatewayTest.testJoinAfterSubprocesses.bpmn", """{"a":1,"b":0}""", "Completed" },
        { "bpmn/camunda-bpm-platform/parallel-user-tasks.bpmn", "{}", "Completed" },
    };

    /// <summary>Files that start only by timer: the first instance the cycle starts is driven like any other.</summary>
    public static TheoryData<string, TimeSpan, string> TimerStartFiles() => new()
    {
        // file, time until the first slot, expected outcome of the first instance
        // Its catch date is bpmn-engine's ${environment.variables.catchDate}: no such object here, so the timer gets an incident.
        { "bpmn/bpmn-engine/timers.bpmn", TimeSpan.FromHours(10), "Incident at catch-date" },
        { "bpmn/zeebe-process-test/timer-start-event-daily.bpmn", TimeSpan.FromDays(1), "Completed" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task CorpusProcess_RunsToItsExpectedOutcome(string file, string variables, string expected)
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        var deployed = await engine.DeployAsync(await File.ReadAllTextAsync(Path.Combine(SharedCorpus.Directory, file)));

        // When
        var id = await engine.StartAsync(deployed.Key, "corpus", JsonNode.Parse(variables)!.AsObject());
        var outcome = await DriveAsync(engine, id);

        // Then
        Assert.Equal(expected, outcome);
    }

    [Fact]
    public async Task MessageStartProcess_StartsWhenItsMessageArrives()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        var deployed = await engine.DeployAsync(await File.ReadAllTextAsync(
            Path.Combine(SharedCorpus.Directory, MessageStartFile)));

        // When
        var noneStart = await engine.Runtime.StartAsync(deployed.Key, "x", null, Actor.System);
        var byMessage = await engine.Runtime.CorrelateMessageAsync("instantiationMessage", "order-1", null, Actor.System);

        // Then
        Assert.Equal(RuntimeStatus.Invalid, noneStart.Status);
        var started = Assert.Single(byMessage.Value!.StartedInstances);
        Assert.Equal("order-1", (await engine.Queries.InstanceAsync(started))!.BusinessKey);
        Assert.Equal("Completed", await DriveAsync(engine, started));
    }

    [Theory]
    [MemberData(nameof(TimerStartFiles))]
    public async Task TimerStartCorpusProcess_RunsToItsExpectedOutcome_WhenItsFirstSlotIsDue(string file, TimeSpan firstSlot, string expected)
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        var deployed = await engine.DeployAsync(await File.ReadAllTextAsync(Path.Combine(SharedCorpus.Directory, file)));

        // When
        await engine.AdvanceAsync(firstSlot);
        var instances = await engine.Queries.InstancesAsync(new InstanceQuery { ProcessKey = deployed.Key, PageSize = 10 });
        var first = Assert.Single(instances.Items);
        var outcome = await DriveAsync(engine, first.Id);

        // Then
        Assert.Equal(expected, outcome);
    }

    [Fact]
    public async Task AsyncStartProcess_RunsItsMessageEventSubProcess_AndStillCompletes()
    {
        // Given: its event sub-process calls the external topic "foo"
        var activities = new TestActivities("foo");
        await using var engine = await TestEngine.StartAsync(activities);
        var deployed = await engine.DeployAsync(await File.ReadAllTextAsync(Path.Combine(SharedCorpus.Directory, AsyncStartFile)));
        var id = await engine.StartAsync(deployed.Key, "corpus", []);
        await engine.AdvanceAsync(TimeSpan.FromMinutes(1)); // the asyncBefore start runs as a job

        // When: the non-interrupting message start fires while the user task waits
        var correlated = await engine.Runtime.CorrelateMessageAsync("start_sub", "corpus", null, Actor.System);
        var outcome = await DriveAsync(engine, id);

        // Then
        Assert.Equal(RuntimeStatus.Ok, correlated.Status);
        Assert.Equal("foo", Assert.Single(activities.Calls).Topic);
        Assert.Equal("Completed", outcome);
    }

    [Fact]
    public void CorpusRuns_CoverEveryAcceptedFile()
    {
        // Given
        var run = Files().Select(row => (string)row[0])
            .Concat(TimerStartFiles().Select(row => (string)row[0]))
            .Append(MessageStartFile)
            .Append(AsyncStartFile)
            .ToHashSet(StringComparer.Ordinal);

        // When
        var notRun = CorpusTests.ExpectedValid.Where(file => !run.Contains(file)).ToList();

        // Then
        Assert.Empty(notRun);
    }

    private static async Task<string> DriveAsync(TestEngine engine, Guid id)
    {
        for (var round = 0; round < 20; round++)
        {
            var instance = (await engine.Queries.InstanceAsync(id))!;
            if (instance.Status != InstanceStatus.Active)
            {
                return instance.Status.ToString();
            }

            var incident = (await engine.Queries.IncidentsAsync(openOnly: true, id)).FirstOrDefault();
            if (incident is not null)
            {
                return $"Incident at {incident.ElementId}";
            }

            // Time first, so timers on open tasks get their chance before the tasks are completed.
            await engine.AdvanceAsync(TimeSpan.FromDays(1));
            var tasks = await engine.Queries.TasksAsync(new TaskQuery { InstanceId = id, PageSize = 100 });
            foreach (var task in tasks.Items)
            {
                await engine.Runtime.CompleteTaskAsync(task.Id, Actor.System, null);
            }
        }

        return "Stuck";
    }
}
