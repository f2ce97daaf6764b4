using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Workflows.Tests.Scenarios.Incidents;

namespace SocialInsurance.Workflows.Tests.Scenarios.MultiInstance;

public sealed class MultiInstanceScenarioTests
{
    private static JsonObject Reviewers(params string[] names) => new() { ["reviewers"] = new JsonArray([.. names.Select(n => JsonValue.Create(n))]) };

    [Fact]
    public async Task ParallelUserTask_CreatesOneTaskPerReviewer_AssignedFromTheElementVariable()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/MultiInstance/countersign.bpmn");

        // When
        var id = await engine.StartAsync("countersign", variables: Reviewers("zhang", "li", "wang"));

        // Then
        Assert.Equal(
            ["countersign:Activated", "start:Activated", "start:Completed", "toReview:SequenceFlowTaken",
             "review:Activated", "review:Activated", "review:Activated", "review:Activated"],
            await engine.JournalAsync(id));
        var tasks = (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = id })).Items;
        Assert.Equal(["li", "wang", "zhang"], tasks.Select(t => t.Assignee).Order());
        Assert.Single((await engine.Queries.TasksAsync(new TaskQuery { Assignee = "li" })).Items);
    }

    [Fact]
    public async Task ParallelUserTask_CompletesAfterTheLastReviewer_AndItsLocalVariablesVanish()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/MultiInstance/countersign.bpmn");
        var id = await engine.StartAsync("countersign", variables: Reviewers("zhang", "li"));

        // When
        var tasks = (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = id })).Items;
        foreach (var task in tasks)
        {
            await engine.Runtime.CompleteTaskAsync(task.Id, Actor.User(task.Assignee!), new JsonObject { ["rejected"] = false });
        }

        // Then
        Assert.Equal(
            ["review:Activated", "review:Activated", "review:Activated", "review:Completed", "review:Completed",
             "review:Completed", "toDone:SequenceFlowTaken", "done:Activated", "done:Completed", "countersign:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "review:Activated"));
        var instance = (await engine.Queries.InstanceAsync(id))!;
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Equal(["rejected", "reviewers"], instance.Variables.Select(v => v.Key).Order());
    }

    [Fact]
    public async Task ParallelUserTask_CancelsTheRemainingInstances_WhenTheCompletionConditionHolds()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/MultiInstance/countersign.bpmn");
        var id = await engine.StartAsync("countersign", variables: Reviewers("zhang", "li", "wang"));
        var li = (await engine.Queries.TasksAsync(new TaskQuery { Assignee = "li" })).Items.Single();

        // When
        await engine.Runtime.CompleteTaskAsync(li.Id, Actor.User("li"), new JsonObject { ["rejected"] = true });

        // Then
        Assert.Equal(
            ["review:Completed", "review:Terminated", "review:Terminated", "review:Completed", "toDone:SequenceFlowTaken",
             "done:Activated", "done:Completed", "countersign:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "review:Completed"));
        var tasks = (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = id, Status = null })).Items;
        Assert.Equal([UserTaskStatus.Cancelled, UserTaskStatus.Cancelled, UserTaskStatus.Completed], tasks.Select(t => t.Status).OrderBy(s => s.ToString()));
    }

    [Fact]
    public async Task SequentialUserTask_StopsEarly_WhenTheCompletionConditionHolds()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/MultiInstance/sequential-approval.bpmn");
        var levels = new JsonObject { ["levels"] = new JsonArray("district", "city", "region") };
        var id = await engine.StartAsync("sequentialApproval", variables: levels);
        Assert.Equal("district", await CandidateGroupAsync(engine, id));

        // When the district hands on, and the city decides
        await CompleteAsLevelAsync(engine, id, new JsonObject { ["final"] = false });
        var second = await CandidateGroupAsync(engine, id);
        await CompleteAsLevelAsync(engine, id, new JsonObject { ["final"] = true });

        // Then the region never gets a task
        Assert.Equal("city", second);
        Assert.Equal(
            ["approve:Activated", "approve:Activated", "approve:Completed", "approve:Activated", "approve:Completed",
             "approve:Completed", "toDone:SequenceFlowTaken", "done:Activated", "done:Completed", "sequentialApproval:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "approve:Activated"));
    }

    [Fact]
    public async Task SequentialUserTask_RunsEveryInstance_WhenTheConditionNeverHolds()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/MultiInstance/sequential-approval.bpmn");
        var id = await engine.StartAsync("sequentialApproval", variables: new JsonObject { ["levels"] = new JsonArray("district", "city") });

        // When
        await CompleteAsLevelAsync(engine, id, new JsonObject { ["final"] = false });
        await CompleteAsLevelAsync(engine, id, new JsonObject { ["final"] = false });

        // Then
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
        Assert.Equal(3, (await engine.JournalAsync(id)).Count(e => e == "approve:Completed"));
    }

    [Fact]
    public async Task ParallelSubProcess_RunsCardinalityTimes_EachWithItsOwnLoopCounter()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/MultiInstance/subprocess-cardinality.bpmn");

        // When
        var id = await engine.StartAsync("cardinality", variables: new JsonObject { ["months"] = 3 });

        // Then
        Assert.Equal(
            ["toEach:SequenceFlowTaken", "each:Activated",
             "each:Activated", "each:Activated", "each:Activated",
             "eachStart:Activated", "eachStart:Completed", "toCalc:SequenceFlowTaken",
             "eachStart:Activated", "eachStart:Completed", "toCalc:SequenceFlowTaken",
             "eachStart:Activated", "eachStart:Completed", "toCalc:SequenceFlowTaken",
             "calc:Activated", "calc:Completed", "toConfirm:SequenceFlowTaken",
             "calc:Activated", "calc:Completed", "toConfirm:SequenceFlowTaken",
             "calc:Activated", "calc:Completed", "toConfirm:SequenceFlowTaken",
             "confirm:Activated", "confirm:Activated", "confirm:Activated"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "toEach:SequenceFlowTaken"));
        var variables = (await engine.Queries.InstanceAsync(id))!.Variables;
        Assert.Equal([30, 31, 32], new[] { "month0", "month1", "month2" }.Select(n => (int)variables[n]!));
        Assert.Equal(1, (await engine.BookmarksAsync(id)).Count(b => b.ElementId == "deadline"));
    }

    [Fact]
    public async Task ParallelSubProcess_TimerOnTheBody_EndsEveryInstance()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/MultiInstance/subprocess-cardinality.bpmn");
        var id = await engine.StartAsync("cardinality", variables: new JsonObject { ["months"] = 2 });
        var first = (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = id })).Items[0];
        await engine.Runtime.CompleteTaskAsync(first.Id, TestEngine.Reviewer, null);

        // When
        await engine.AdvanceAsync(TimeSpan.FromDays(7));

        // Then
        var journal = await engine.JournalAsync(id);
        Assert.Equal(
            ["confirm:Terminated", "each:Terminated", "each:Terminated",
             "deadline:Activated", "deadline:Completed", "toLate:SequenceFlowTaken", "late:Activated", "late:Completed",
             "cardinality:Completed"],
            journal.SkipWhile(e => e != "confirm:Terminated"));
        Assert.Empty((await engine.Queries.TasksAsync(new TaskQuery { InstanceId = id })).Items);
    }

    [Fact]
    public async Task MultiInstance_WithAnEmptyCollection_PassesThrough()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/MultiInstance/countersign.bpmn");

        // When
        var id = await engine.StartAsync("countersign", variables: Reviewers());

        // Then
        Assert.Equal(["review:Activated", "review:Completed", "toDone:SequenceFlowTaken", "done:Activated", "done:Completed", "countersign:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "review:Activated"));
    }

    [Fact]
    public async Task MultiInstance_WhoseCollectionIsNotAnArray_IsAnIncident()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/MultiInstance/countersign.bpmn");

        // When
        var id = await engine.StartAsync("countersign", variables: new JsonObject { ["reviewers"] = "zhang" });

        // Then
        var incident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, id));
        Assert.Equal("Expected the collection 'reviewers' of multi-instance userTask 'review' to be an array, but it is \"zhang\".", incident.Message);
        IncidentAssert.HasCause(incident, IncidentCodes.LoopCollectionNotArray, ("collection", "reviewers"), ("value", "\"zhang\""));
    }

    private static async Task CompleteAsLevelAsync(TestEngine engine, Guid id, JsonObject variables)
    {
        var task = (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = id })).Items.Single();
        var result = await engine.Runtime.CompleteTaskAsync(task.Id, Actor.User("approver", task.Candidates.Single().Value), variables);
        Assert.True(result.IsOk, result.Error);
    }

    private static async Task<string> CandidateGroupAsync(TestEngine engine, Guid id)
    {
        var task = (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = id })).Items.Single();
        return task.Candidates.Single().Value;
    }
}
