using SocialInsurance.Testing;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Workflows.Tests.Scenarios.Migration;

/// <summary>An instance that moved on between the dry run and the run is planned again, never half-migrated.</summary>
public sealed class ConcurrencyMigrationTests
{
    private static string TwoTasks(string second, string name = "") => Bpmn.Process($"""
        <bpmn:startEvent id="start" name="{name}" />
        <bpmn:userTask id="first" camunda:candidateGroups="reviewers" />
        <bpmn:userTask id="{second}" camunda:candidateGroups="reviewers" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="first" />
        <bpmn:sequenceFlow id="f2" sourceRef="first" targetRef="{second}" />
        <bpmn:sequenceFlow id="f3" sourceRef="{second}" targetRef="end" />
        """);

    [Fact]
    public async Task InstanceThatMovedOnSinceTheDryRun_IsReplanned_AndMigrated()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(TwoTasks("second"));
        var id = await engine.StartAsync("proc");
        await engine.DeployAsync(TwoTasks("second", name: "v2"));
        var plan = await Migrations.PlanAsync(engine);
        var dryRun = await Migrations.DryRunAsync(engine, plan, id);
        await engine.CompleteAsync(id, "first");

        // When
        var outcome = await Migrations.MigrateAsync(engine, plan, id, dryRun.ConcurrencyStamp);

        // Then
        Assert.Equal((MigrationOutcomeKind.Migrated, true), (outcome.Kind, outcome.Replanned));
        Assert.Equal("second", Assert.Single(await engine.BookmarksAsync(id)).ElementId);
    }

    /// <summary>first → waitPaid (a message catch); v2 renames the message <paramref name="message"/> waits for.</summary>
    private static string ThenMessage(string message) => Bpmn.Process("""
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="first" camunda:candidateGroups="reviewers" />
        <bpmn:intermediateCatchEvent id="waitPaid"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="first" />
        <bpmn:sequenceFlow id="f2" sourceRef="first" targetRef="waitPaid" />
        <bpmn:sequenceFlow id="f3" sourceRef="waitPaid" targetRef="end" />
        """, $"""<bpmn:message id="m" name="{message}" />""");

    [Fact]
    public async Task InstanceThatMovedOnToWhereItCannotMigrate_IsReported_AndLeftUntouched()
    {
        // Given: at the dry run the instance is in "first" and could move
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(ThenMessage("paid"));
        var id = await engine.StartAsync("proc");
        await engine.DeployAsync(ThenMessage("paymentReceived"));
        var plan = await Migrations.PlanAsync(engine);
        var dryRun = await Migrations.DryRunAsync(engine, plan, id);

        // When: it moves on to wait for "paid", which v2 renamed
        await engine.CompleteAsync(id, "first");
        var journal = await engine.JournalAsync(id);
        var outcome = await Migrations.MigrateAsync(engine, plan, id, dryRun.ConcurrencyStamp);

        // Then
        Assert.True(dryRun.CanMigrate);
        Assert.Equal((MigrationOutcomeKind.Failed, true, MigrationProblemCodes.Instance.EventRenamed), (outcome.Kind, outcome.Replanned, outcome.Problems[0].Code));
        Assert.Equal("proc:1", (await engine.Queries.InstanceAsync(id))!.DefinitionId);
        Assert.Equal(journal, await engine.JournalAsync(id));
        Assert.Equal(("waitPaid", "paid"), (Assert.Single(await engine.BookmarksAsync(id)).ElementId, (await engine.BookmarksAsync(id))[0].MessageName));
    }
}
