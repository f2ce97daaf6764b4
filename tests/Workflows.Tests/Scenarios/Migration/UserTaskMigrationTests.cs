using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Workflows.Tests.Scenarios.Migration;

public sealed class UserTaskMigrationTests
{
    private static readonly string V1 = Bpmn.Around("review", """<bpmn:userTask id="review" name="审核" camunda:candidateGroups="reviewers" camunda:formKey="review-v1" />""");

    /// <summary>v2 renames the task (id and name), gives it a new form and adds a step after it.</summary>
    private static readonly string V2 = Bpmn.Process("""
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="reviewApplication" name="审核申请" camunda:candidateGroups="reviewers" camunda:formKey="review-v2" />
        <bpmn:userTask id="archive" name="归档" camunda:candidateGroups="reviewers" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="toMiddle" sourceRef="start" targetRef="reviewApplication" />
        <bpmn:sequenceFlow id="toArchive" sourceRef="reviewApplication" targetRef="archive" />
        <bpmn:sequenceFlow id="fromArchive" sourceRef="archive" targetRef="end" />
        """);

    [Fact]
    public async Task UserTask_MovesWithItsTask_TakingTheTargetsElementNameAndFormKey()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(V1);
        var id = await engine.StartAsync("proc", variables: new JsonObject { ["amount"] = 300 });
        var taskId = await engine.OpenTaskAsync(id, "review");
        await engine.DeployAsync(V2);

        // When
        await Migrations.MigratedAsync(engine, id, ("start", "start"), ("review", "reviewApplication"), ("end", "end"));

        // Then
        var instance = (await engine.Queries.InstanceAsync(id))!;
        Assert.Equal(("proc:2", 2), (instance.DefinitionId, instance.ProcessVersion));
        Assert.Equal(300, instance.Variables["amount"]!.GetValue<int>());
        var task = (await engine.Queries.TaskAsync(taskId))!;
        Assert.Equal(("reviewApplication", "审核申请", "review-v2", 2), (task.ElementId, task.Name, task.FormKey, task.ProcessVersion));
        Assert.Equal("reviewApplication", Assert.Single(await engine.BookmarksAsync(id)).ElementId);
        Assert.Equal("proc:Migrated", (await engine.JournalAsync(id))[^1]);
    }

    [Fact]
    public async Task MigratedInstance_ContinuesOnTheTargetsPath()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(V1);
        var id = await engine.StartAsync("proc");
        await engine.DeployAsync(V2);
        await Migrations.MigratedAsync(engine, id, ("start", "start"), ("review", "reviewApplication"), ("end", "end"));

        // When
        await engine.CompleteAsync(id, "reviewApplication");
        await engine.CompleteAsync(id, "archive");

        // Then
        Assert.Equal(
            ["reviewApplication:Completed", "toArchive:SequenceFlowTaken", "archive:Activated"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "reviewApplication:Completed").Take(3));
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task Journal_RecordsTheMigration_WithVersionsAndMapping()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(V1);
        var id = await engine.StartAsync("proc");
        await engine.DeployAsync(V2);

        // When
        await Migrations.MigratedAsync(engine, id, ("start", "start"), ("review", "reviewApplication"), ("end", "end"));

        // Then
        var entry = (await engine.JournalEntriesAsync(id))[^1];
        var data = JsonNode.Parse(entry.Data!)!;
        Assert.Equal((1, 2), (data["from"]!.GetValue<int>(), data["to"]!.GetValue<int>()));
        Assert.Contains(data["mapping"]!.AsArray(), m => m!["source"]!.GetValue<string>() == "review" && m["target"]!.GetValue<string>() == "reviewApplication");
        Assert.Equal("admin1", entry.Actor);
    }

    [Fact]
    public async Task DefaultMapping_LeavesARenamedWaitStateUnmapped_AndThePlanSaysSo()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(V1);
        var id = await engine.StartAsync("proc");
        await engine.DeployAsync(V2);

        // When
        var plan = await Migrations.PlanAsync(engine);
        var report = await Migrations.DryRunAsync(engine, plan, id);

        // Then
        Assert.Equal(["start", "end"], plan.Mappings.Select(m => m.Source));
        Assert.All(plan.Mappings, m => Assert.True(m.Generated));
        Assert.Equal((MigrationProblemCodes.Plan.UnmappedWaitState, "review"), (Assert.Single(plan.Problems).Code, plan.Problems[0].ElementId));
        Assert.Equal(["reviewApplication", "archive"], plan.UnmappedTarget.Select(n => n.Id));
        Assert.Equal((MigrationProblemCodes.Instance.NoCounterpart, "review"), (Assert.Single(report.Problems).Code, report.Problems[0].ElementId));
        Assert.Equal(["review"], report.ActiveElements);
    }

    [Fact]
    public async Task InvalidPlan_MovesNothing()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(V1);
        var id = await engine.StartAsync("proc");
        await engine.DeployAsync(V2);
        var plan = await Migrations.PlanAsync(engine);

        // When
        var outcome = await Migrations.MigrateAsync(engine, plan, id);

        // Then
        Assert.Equal(MigrationOutcomeKind.Failed, outcome.Kind);
        Assert.Equal("proc:1", (await engine.Queries.InstanceAsync(id))!.DefinitionId);
        Assert.Equal("review", Assert.Single(await engine.BookmarksAsync(id)).ElementId);
    }

    [Fact]
    public async Task Mapping_ToAnElementOfAnotherKind_IsAPlanProblem()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(V1);
        await engine.DeployAsync(V2);

        // When
        var plan = await Migrations.PlanAsync(engine, 1, 2, ("review", "end"), ("nowhere", "archive"));

        // Then
        Assert.Equal(
            [(MigrationProblemCodes.Plan.SourceUnknown, "nowhere"), (MigrationProblemCodes.Plan.KindMismatch, "review")],
            plan.Problems.Select(p => (p.Code, p.ElementId)));
    }

    [Fact]
    public async Task InstanceAlreadyOnTheTarget_IsSkipped_SoARerunMigratesNothingTwice()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(V1);
        var id = await engine.StartAsync("proc");
        await engine.DeployAsync(V2);
        var plan = await Migrations.PlanAsync(engine, 1, 2, ("start", "start"), ("review", "reviewApplication"), ("end", "end"));
        await Migrations.MigrateAsync(engine, plan, id);

        // When
        var again = await Migrations.MigrateAsync(engine, plan, id);

        // Then
        Assert.Equal((MigrationOutcomeKind.Skipped, MigrationProblemCodes.Instance.AlreadyOnTarget), (again.Kind, again.Problems[0].Code));
        Assert.Single(await engine.JournalAsync(id), e => e == "proc:Migrated");
    }
}
