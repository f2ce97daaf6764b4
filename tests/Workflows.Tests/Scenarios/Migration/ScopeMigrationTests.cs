using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Workflows.Tests.Scenarios.Migration;

/// <summary>Tokens inside scopes: an embedded sub-process, a multi-instance body, a call activity's parent.</summary>
public sealed class ScopeMigrationTests
{
    private static string SubProcess(string after = "") => Bpmn.Process($"""
        <bpmn:startEvent id="start" />
        <bpmn:subProcess id="check">
          <bpmn:startEvent id="checkStart" />
          <bpmn:userTask id="inner" camunda:candidateGroups="reviewers" />
          <bpmn:endEvent id="checkEnd" />
          <bpmn:sequenceFlow id="toInner" sourceRef="checkStart" targetRef="inner" />
          <bpmn:sequenceFlow id="fromInner" sourceRef="inner" targetRef="checkEnd" />
        </bpmn:subProcess>
        {(after == "" ? "" : """<bpmn:userTask id="after" camunda:candidateGroups="reviewers" />""")}
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="toCheck" sourceRef="start" targetRef="check" />
        {(after == ""
            ? """<bpmn:sequenceFlow id="fromCheck" sourceRef="check" targetRef="end" />"""
            : """<bpmn:sequenceFlow id="fromCheck" sourceRef="check" targetRef="after" /><bpmn:sequenceFlow id="fromAfter" sourceRef="after" targetRef="end" />""")}
        """);

    [Fact]
    public async Task EmbeddedSubProcess_TokensMoveWithTheirScope_AndTheScopeEndsOnTheTarget()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(SubProcess());
        var id = await engine.StartAsync("proc");
        await engine.DeployAsync(SubProcess(after: "after"));

        // When
        await Migrations.MigratedAsync(engine, id);
        await engine.CompleteAsync(id, "inner");

        // Then
        Assert.Equal("after", Assert.Single(await engine.BookmarksAsync(id)).ElementId);
    }

    [Fact]
    public async Task Element_MovedOutOfItsSubProcess_IsAPlanProblem()
    {
        // Given: v2 has the inner task at process level
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(SubProcess());
        var id = await engine.StartAsync("proc");
        await engine.DeployAsync(Bpmn.Around("inner", """<bpmn:userTask id="inner" camunda:candidateGroups="reviewers" />"""));

        // When
        var plan = await Migrations.PlanAsync(engine, 1, 2, ("inner", "inner"), ("check", "inner"));

        // Then
        Assert.Contains(plan.Problems, p => (p.Code, p.ElementId) == (MigrationProblemCodes.Plan.ScopeChanged, "inner"));
        Assert.Contains(plan.Problems, p => (p.Code, p.ElementId) == (MigrationProblemCodes.Plan.KindMismatch, "check"));
        Assert.Equal(["check", "inner"], (await Migrations.DryRunAsync(engine, plan, id)).ActiveElements.Order(StringComparer.Ordinal));
    }

    private static string Countersign(string name, bool sequential) => Bpmn.Around("sign",
        $"""
        <bpmn:userTask id="sign" name="{name}" camunda:candidateGroups="reviewers">
          <bpmn:multiInstanceLoopCharacteristics isSequential="{(sequential ? "true" : "false")}"><bpmn:loopCardinality>3</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
        </bpmn:userTask>
        """);

    [Fact]
    public async Task MultiInstanceBody_MovesWithEveryInnerInstance()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Countersign("会签", sequential: false));
        var id = await engine.StartAsync("proc");
        await engine.DeployAsync(Countersign("会签（新）", sequential: false));

        // When
        await Migrations.MigratedAsync(engine, id);

        // Then
        var tasks = (await engine.Queries.TasksAsync(new Runtime.TaskQuery { InstanceId = id, PageSize = 10 })).Items;
        Assert.Equal(3, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(("会签（新）", 2), (t.Name, t.ProcessVersion)));
        foreach (var task in tasks)
        {
            Assert.True((await engine.Runtime.CompleteTaskAsync(task.Id, TestEngine.Reviewer, null)).IsOk);
        }

        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task MultiInstance_TurnedSequential_IsAPlanProblem()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Countersign("会签", sequential: false));
        await engine.DeployAsync(Countersign("会签", sequential: true));

        // When
        var plan = await Migrations.PlanAsync(engine);

        // Then
        Assert.Equal((MigrationProblemCodes.Plan.MultiInstanceChanged, "sign"), (Assert.Single(plan.Problems).Code, plan.Problems[0].ElementId));
    }

    private const string Child = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="childDefinitions">
          <bpmn:process id="child" isExecutable="true">
            <bpmn:startEvent id="childStart" />
            <bpmn:userTask id="childTask" camunda:candidateGroups="reviewers" />
            <bpmn:endEvent id="childEnd" />
            <bpmn:sequenceFlow id="c1" sourceRef="childStart" targetRef="childTask" />
            <bpmn:sequenceFlow id="c2" sourceRef="childTask" targetRef="childEnd" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task CallActivityParent_Moves_AndTheChildsCompletionContinuesOnTheTarget()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Child);
        await engine.DeployAsync(Bpmn.Around("call", """<bpmn:callActivity id="call" calledElement="child" />"""));
        var id = await engine.StartAsync("proc", variables: new JsonObject { ["kept"] = "yes" });
        var childId = (await engine.Queries.InstanceAsync(id))!.Tokens.Single().CalledInstanceId!.Value;
        await engine.DeployAsync(Bpmn.Process("""
            <bpmn:startEvent id="start" />
            <bpmn:callActivity id="call" calledElement="child" />
            <bpmn:userTask id="after" camunda:candidateGroups="reviewers" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="toMiddle" sourceRef="start" targetRef="call" />
            <bpmn:sequenceFlow id="toAfter" sourceRef="call" targetRef="after" />
            <bpmn:sequenceFlow id="fromAfter" sourceRef="after" targetRef="end" />
            """));

        // When
        await Migrations.MigratedAsync(engine, id);
        await engine.CompleteAsync(childId, "childTask");

        // Then
        var parent = (await engine.Queries.InstanceAsync(id))!;
        Assert.Equal(("proc:2", "yes"), (parent.DefinitionId, parent.Variables["kept"]!.GetValue<string>()));
        Assert.Equal("after", Assert.Single(await engine.BookmarksAsync(id)).ElementId);
        Assert.Equal("child:1", (await engine.Queries.InstanceAsync(childId))!.DefinitionId);
    }
}
