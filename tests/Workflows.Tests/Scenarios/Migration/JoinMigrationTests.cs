using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Tokens;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Workflows.Tests.Scenarios.Migration;

/// <summary>A token waiting at a join keeps the flow it came by, so the join still fires when the other branch arrives.</summary>
public sealed class JoinMigrationTests
{
    /// <summary>fork → a, b → join → end; <paramref name="flowFromA"/> names a's flow into the join (v2 renames it).</summary>
    private static string Branches(string gateway, string flowFromA, string joinName = "") => Bpmn.Process($"""
        <bpmn:startEvent id="start" />
        <bpmn:{gateway} id="fork" />
        <bpmn:userTask id="a" camunda:candidateGroups="reviewers" />
        <bpmn:userTask id="b" camunda:candidateGroups="reviewers" />
        <bpmn:{gateway} id="join" name="{joinName}" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="toFork" sourceRef="start" targetRef="fork" />
        <bpmn:sequenceFlow id="toA" sourceRef="fork" targetRef="a" />
        <bpmn:sequenceFlow id="toB" sourceRef="fork" targetRef="b" />
        <bpmn:sequenceFlow id="{flowFromA}" sourceRef="a" targetRef="join" />
        <bpmn:sequenceFlow id="fromB" sourceRef="b" targetRef="join" />
        <bpmn:sequenceFlow id="toEnd" sourceRef="join" targetRef="end" />
        """);

    [Theory]
    [InlineData("parallelGateway")]
    [InlineData("inclusiveGateway")]
    public async Task WaitingJoin_KeepsItsArrival_AndFiresWhenTheOtherBranchArrivesOnTheTarget(string gateway)
    {
        // Given: a is done, its token waits at the join
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Branches(gateway, "fromA"));
        var id = await engine.StartAsync("proc");
        await engine.CompleteAsync(id, "a");
        await engine.DeployAsync(Branches(gateway, "aIntoJoin", joinName: "汇聚"));

        // When
        await Migrations.MigratedAsync(engine, id);
        var joined = (await engine.Queries.InstanceAsync(id))!.Tokens.Single(t => t.Status == TokenStatus.Joined);
        await engine.CompleteAsync(id, "b");

        // Then
        Assert.Equal("join", joined.ElementId);
        if (gateway == "parallelGateway")
        {
            Assert.Equal("aIntoJoin", joined.ArrivedVia);
        }

        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task WaitingParallelJoin_WhoseFlowHasNoCounterpart_IsReported()
    {
        // Given: v2 joins from another element than a
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Branches("parallelGateway", "fromA"));
        var id = await engine.StartAsync("proc");
        await engine.CompleteAsync(id, "a");
        await engine.DeployAsync(Branches("parallelGateway", "fromA").Replace("""id="fromA" sourceRef="a" targetRef="join" """, """id="fromA" sourceRef="a" targetRef="end" """, StringComparison.Ordinal)
            .Replace("""<bpmn:sequenceFlow id="toEnd" """, """<bpmn:userTask id="c" camunda:candidateGroups="reviewers" /><bpmn:sequenceFlow id="toC" sourceRef="fork" targetRef="c" /><bpmn:sequenceFlow id="fromC" sourceRef="c" targetRef="join" /><bpmn:sequenceFlow id="toEnd" """, StringComparison.Ordinal));
        var plan = await Migrations.PlanAsync(engine);

        // When
        var report = await Migrations.DryRunAsync(engine, plan, id);

        // Then
        Assert.Equal((MigrationProblemCodes.Instance.JoinFlowMissing, "join"), (Assert.Single(report.Problems).Code, report.Problems[0].ElementId));
    }
}
