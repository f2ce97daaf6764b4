using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;

namespace SocialInsurance.Workflows.Tests.Scenarios.Conditions;

public sealed class ConditionalEventScenarioTests
{
    private static async Task<TestEngine> StartWithFixtureAsync(string fixture)
    {
        var engine = await TestEngine.StartAsync();
        var xml = await File.ReadAllTextAsync(TestEngine.Fixture($"Scenarios/Conditions/{fixture}.bpmn"));
        var deployed = await engine.Deployments.DeployAsync(xml, $"{fixture}.bpmn", "test", publish: true, CancellationToken.None);
        Assert.True(deployed.IsValid, string.Join(Environment.NewLine, deployed.Issues));
        return engine;
    }

    private static async Task SetAsync(TestEngine engine, Guid id, JsonObject variables) =>
        Assert.True((await engine.Runtime.SetVariablesAsync(id, variables, Actor.System)).IsOk);

    private static readonly string[] Started =
        ["conditions:Activated", "start:Activated", "start:Completed", "toReview:SequenceFlowTaken", "review:Activated"];

    [Fact]
    public async Task IntermediateConditionalEvent_WaitsUntilAVariableUpdateMakesItTrue()
    {
        // Given
        await using var engine = await StartWithFixtureAsync("conditions");
        var id = await engine.StartAsync("conditions");
        await engine.CompleteAsync(id, "review", new JsonObject { ["documentsComplete"] = false });

        // When
        await SetAsync(engine, id, new JsonObject { ["documentsComplete"] = true });

        // Then
        Assert.Equal(
            [.. Started, "review:Completed", "toWait:SequenceFlowTaken", "documentsComplete:Activated",
             "conditions:VariablesSet", "documentsComplete:Completed", "toEnd:SequenceFlowTaken", "end:Activated",
             "end:Completed", "conditions:Completed"],
            await engine.JournalAsync(id));
        Assert.Empty(await engine.BookmarksAsync(id));
    }

    [Fact]
    public async Task IntermediateConditionalEvent_PassesAtOnce_WhenTheConditionAlreadyHolds()
    {
        // Given
        await using var engine = await StartWithFixtureAsync("conditions");
        var id = await engine.StartAsync("conditions");

        // When
        await engine.CompleteAsync(id, "review", new JsonObject { ["documentsComplete"] = true });

        // Then
        Assert.Equal(
            ["review:Completed", "toWait:SequenceFlowTaken", "documentsComplete:Activated", "documentsComplete:Completed",
             "toEnd:SequenceFlowTaken", "end:Activated", "end:Completed", "conditions:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "review:Completed"));
    }

    [Fact]
    public async Task InterruptingConditionalBoundary_EndsTheTask_WhenTheVariableChanges()
    {
        // Given
        await using var engine = await StartWithFixtureAsync("conditions");
        var id = await engine.StartAsync("conditions", variables: new JsonObject { ["withdrawn"] = false });

        // When
        await SetAsync(engine, id, new JsonObject { ["withdrawn"] = true });

        // Then
        Assert.Equal(
            [.. Started, "conditions:VariablesSet", "review:Terminated", "withdrawn:Activated", "withdrawn:Completed",
             "toWithdrawnEnd:SequenceFlowTaken", "withdrawnEnd:Activated", "withdrawnEnd:Completed", "conditions:Completed"],
            await engine.JournalAsync(id));
        Assert.Empty(await engine.BookmarksAsync(id));
    }

    [Fact]
    public async Task NonInterruptingConditionalBoundary_FiresOnEachChangeOfItsVariable_AndIgnoresOthers()
    {
        // Given
        await using var engine = await StartWithFixtureAsync("conditions");
        var id = await engine.StartAsync("conditions");

        // When: priority rises twice, and an unrelated variable changes while it holds
        await SetAsync(engine, id, new JsonObject { ["priority"] = 7 });
        await SetAsync(engine, id, new JsonObject { ["comment"] = "材料已补" });
        await SetAsync(engine, id, new JsonObject { ["priority"] = 9 });
        await SetAsync(engine, id, new JsonObject { ["priority"] = 3 });

        // Then
        string[] fired =
        [
            "conditions:VariablesSet", "urgent:Activated", "urgent:Completed", "toNotify:SequenceFlowTaken",
            "notifySupervisor:Activated", "notifySupervisor:Completed", "toNotified:SequenceFlowTaken", "notified:Activated",
            "notified:Completed",
        ];
        Assert.Equal([.. Started, .. fired, "conditions:VariablesSet", .. fired, "conditions:VariablesSet"], await engine.JournalAsync(id));
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task ConditionalEventSubProcess_WithAJuelCondition_InterruptsTheProcess()
    {
        // Given
        await using var engine = await StartWithFixtureAsync("conditions");
        var id = await engine.StartAsync("conditions");

        // When
        await SetAsync(engine, id, new JsonObject { ["cancelled"] = true });

        // Then
        Assert.Equal(
            [.. Started, "conditions:VariablesSet", "review:Terminated", "onCancel:Activated", "cancelled:Activated",
             "cancelled:Completed", "toClosed:SequenceFlowTaken", "closed:Activated", "closed:Completed",
             "onCancel:Completed", "conditions:Completed"],
            await engine.JournalAsync(id));
        Assert.Empty(await engine.BookmarksAsync(id));
    }

    [Fact]
    public async Task ConditionalEventSubProcess_FiresOnAChangeMadeInsideTheStep()
    {
        // Given
        await using var engine = await StartWithFixtureAsync("condition-in-step");

        // When
        var id = await engine.StartAsync("conditionInStep");

        // Then
        Assert.Equal(
            ["conditionInStep:Activated", "start:Activated", "start:Completed", "toFlag:SequenceFlowTaken", "flag:Activated",
             "flag:Completed", "toWork:SequenceFlowTaken", "work:Activated", "work:Terminated", "onCancel:Activated",
             "cancelled:Activated", "cancelled:Completed", "toClosed:SequenceFlowTaken", "closed:Activated",
             "closed:Completed", "onCancel:Completed", "conditionInStep:Completed"],
            await engine.JournalAsync(id));
    }
}
