using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Scenarios.CallActivities;

public sealed partial class CallActivityScenarioTests
{
    private static JsonObject Applicant() => new() { ["applicant"] = "zhang", ["missing"] = new JsonArray("户口簿", "照片") };

    private static async Task<TestEngine> EnrollmentEngineAsync()
    {
        var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/CallActivities/correction.bpmn");
        await engine.DeployFixtureAsync("Scenarios/CallActivities/enrollment-with-correction.bpmn");
        return engine;
    }

    private static async Task<Guid> ChildOfAsync(TestEngine engine, Guid parentId, string elementId) =>
        Guid.Parse((string)JsonNode.Parse((await engine.JournalEntriesAsync(parentId))
            .Last(e => e.ElementId == elementId && e.Event == JournalEvents.CalledInstanceStarted).Data!)!["instanceId"]!);

    [Fact]
    public async Task CallActivity_StartsTheCalledProcess_AsALinkedChildWithItsInputs()
    {
        // Given
        await using var engine = await EnrollmentEngineAsync();

        // When
        var id = await engine.StartAsync("enrollment", businessKey: "650102199001011234", variables: Applicant());

        // Then
        Assert.Equal(
            ["enrollment:Activated", "start:Activated", "start:Completed", "toCorrect:SequenceFlowTaken",
             "correct:Activated", "correct:CalledInstanceStarted"],
            await engine.JournalAsync(id));
        var child = (await engine.Queries.InstanceAsync(await ChildOfAsync(engine, id, "correct")))!;
        Assert.Equal(("correction", id, "650102199001011234"), (child.ProcessKey, child.ParentInstanceId!.Value, child.BusinessKey));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["applicant"] = "zhang", ["missingCount"] = 2 }, child.Variables));
        Assert.Equal(
            ["correction:Activated", "start:Activated", "start:Completed", "toFix:SequenceFlowTaken", "fix:Activated"],
            await engine.JournalAsync(child.Id));
        Assert.Equal("zhang", (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = child.Id })).Items.Single().Assignee);
    }

    [Fact]
    public async Task CallActivity_Continues_WhenTheChildCompletes_WithTheOutputsMappedBack()
    {
        // Given
        await using var engine = await EnrollmentEngineAsync();
        var id = await engine.StartAsync("enrollment", variables: Applicant());
        var childId = await ChildOfAsync(engine, id, "correct");

        // When
        var task = (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = childId })).Items.Single();
        var done = await engine.Runtime.CompleteTaskAsync(task.Id, Actor.User("zhang"), new JsonObject { ["givenUp"] = false, ["corrected"] = "新照片" });

        // Then
        Assert.True(done.IsOk, done.Error);
        Assert.Equal(["fix:Completed", "toDecide:SequenceFlowTaken", "decide:Activated", "decide:Completed", "toFixed:SequenceFlowTaken",
                      "fixed:Activated", "fixed:Completed", "correction:Completed"],
            (await engine.JournalAsync(childId)).SkipWhile(e => e != "fix:Completed"));
        Assert.Equal(["correct:CalledInstanceStarted", "correct:Completed", "toDone:SequenceFlowTaken", "done:Activated", "done:Completed", "enrollment:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "correct:CalledInstanceStarted"));
        var parent = (await engine.Queries.InstanceAsync(id))!;
        Assert.Equal("新照片", (string?)parent.Variables["correctedData"]);
        Assert.False(parent.Variables.ContainsKey("givenUp"));
    }

    [Fact]
    public async Task CancellingTheParent_CancelsItsChild()
    {
        // Given
        await using var engine = await EnrollmentEngineAsync();
        var id = await engine.StartAsync("enrollment", variables: Applicant());
        var childId = await ChildOfAsync(engine, id, "correct");

        // When
        var cancelled = await engine.Runtime.CancelInstanceAsync(id, Actor.System, "withdrawn");

        // Then
        Assert.True(cancelled.IsOk, cancelled.Error);
        Assert.Equal(InstanceStatus.Terminated, (await engine.Queries.InstanceAsync(childId))!.Status);
        Assert.Equal(["fix:Terminated", "correction:Terminated"], (await engine.JournalAsync(childId)).TakeLast(2));
        Assert.Empty((await engine.Queries.TasksAsync(new TaskQuery { InstanceId = childId })).Items);
    }

    [Fact]
    public async Task ParallelMultiInstanceCallActivity_StartsOneChildPerItem_AndContinuesAfterAll()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/CallActivities/correction.bpmn");
        await engine.DeployAsync(Bpmn.Around("correct", """
            <bpmn:callActivity id="correct" calledElement="correction">
              <bpmn:extensionElements><camunda:in source="member" target="applicant" /></bpmn:extensionElements>
              <bpmn:multiInstanceLoopCharacteristics camunda:collection="members" camunda:elementVariable="member" />
            </bpmn:callActivity>
            """));
        var id = await engine.StartAsync("proc", variables: new JsonObject { ["members"] = new JsonArray("zhang", "li") });

        // When
        foreach (var assignee in new[] { "zhang", "li" })
        {
            var task = (await engine.Queries.TasksAsync(new TaskQuery { Assignee = assignee })).Items.Single();
            await engine.Runtime.CompleteTaskAsync(task.Id, Actor.User(assignee), new JsonObject { ["givenUp"] = false });
        }

        // Then
        Assert.Equal(
            ["correct:Activated", "correct:Activated", "correct:CalledInstanceStarted", "correct:Activated", "correct:CalledInstanceStarted",
             "correct:Completed", "correct:Completed", "correct:Completed", "fromMiddle:SequenceFlowTaken", "end:Activated", "end:Completed", "proc:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "correct:Activated"));
    }
}
