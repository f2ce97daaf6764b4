using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// A step runs the interpreter without holding SQLite's write lock (issue 14 §3): another step on the same instance
/// may commit meanwhile, and the first then runs again on what the other wrote, so two concurrent steps end exactly
/// as the same two run one after the other — nothing lost, nothing done twice.
/// </summary>
public sealed class StepOutsideWriteLockTests
{
    // Two reviews in parallel; the identity branch calls a service task before the join, where a step can be held.
    internal const string TwoReviews = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://socialinsurance.example/test">
          <bpmn:process id="twoReviews" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="toFork" sourceRef="start" targetRef="fork" />
            <bpmn:parallelGateway id="fork" />
            <bpmn:sequenceFlow id="toCheckId" sourceRef="fork" targetRef="checkId" />
            <bpmn:sequenceFlow id="toCheckBank" sourceRef="fork" targetRef="checkBank" />
            <bpmn:userTask id="checkId" camunda:candidateGroups="reviewers" />
            <bpmn:userTask id="checkBank" camunda:candidateGroups="reviewers" />
            <bpmn:sequenceFlow id="idDone" sourceRef="checkId" targetRef="recordId" />
            <bpmn:serviceTask id="recordId" camunda:type="external" camunda:topic="test.gate" />
            <bpmn:sequenceFlow id="recorded" sourceRef="recordId" targetRef="join" />
            <bpmn:sequenceFlow id="bankDone" sourceRef="checkBank" targetRef="join" />
            <bpmn:parallelGateway id="join" />
            <bpmn:sequenceFlow id="toEnd" sourceRef="join" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task CompleteTask_AnotherStepCommitsWhileItRuns_RunsAgainAndEndsAsASerialRun()
    {
        // Given: the identity review's step is held inside its service task, after it read the instance
        var gate = new Gate();
        await using var engine = await TestEngine.StartAsync(configure: s => s.AddSingleton<IActivityHandler>(gate));
        await engine.DeployAsync(TwoReviews);
        var id = await engine.StartAsync("twoReviews");
        var checkId = await engine.OpenTaskAsync(id, "checkId");
        var checkBank = await engine.OpenTaskAsync(id, "checkBank");
        var held = engine.Runtime.CompleteTaskAsync(checkId, TestEngine.Reviewer, null);
        await gate.Reached;

        // When: the bank review commits on the same instance, then the held step goes on
        var bank = await engine.Runtime.CompleteTaskAsync(checkBank, TestEngine.Reviewer, null);
        gate.Open();
        var identity = await held;

        // Then
        Assert.Equal(RuntimeStatus.Ok, bank.Status);
        Assert.Equal(RuntimeStatus.Ok, identity.Status);
        Assert.Equal(2, gate.Calls);
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
        Assert.Equal(await SerialJournalAsync(), await engine.JournalAsync(id));
    }

    [SkippableFact]
    public async Task CompleteTask_AnotherStepCommitsWhileItRuns_RunsAgainAndEndsAsASerialRun_OnPostgreSql()
    {
        // Given
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        var gate = new Gate();
        await using var engine = await TestEngine.StartAsync(databasePath: database.ConnectionString, configure: s => s.AddSingleton<IActivityHandler>(gate));
        await engine.DeployAsync(TwoReviews);
        var id = await engine.StartAsync("twoReviews");
        var checkId = await engine.OpenTaskAsync(id, "checkId");
        var checkBank = await engine.OpenTaskAsync(id, "checkBank");
        var held = engine.Runtime.CompleteTaskAsync(checkId, TestEngine.Reviewer, null);
        await gate.Reached;

        // When
        var bank = await engine.Runtime.CompleteTaskAsync(checkBank, TestEngine.Reviewer, null);
        gate.Open();
        var identity = await held;

        // Then
        Assert.Equal(RuntimeStatus.Ok, bank.Status);
        Assert.Equal(RuntimeStatus.Ok, identity.Status);
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
        Assert.Equal(await SerialJournalAsync(), await engine.JournalAsync(id));
    }

    /// <summary>The same two completions one after the other (bank first, as the commits happened above).</summary>
    private static async Task<IReadOnlyList<string>> SerialJournalAsync()
    {
        var gate = new Gate();
        gate.Open();
        await using var engine = await TestEngine.StartAsync(configure: s => s.AddSingleton<IActivityHandler>(gate));
        await engine.DeployAsync(TwoReviews);
        var id = await engine.StartAsync("twoReviews");
        await engine.CompleteAsync(id, "checkBank");
        await engine.CompleteAsync(id, "checkId");
        return await engine.JournalAsync(id);
    }
}
