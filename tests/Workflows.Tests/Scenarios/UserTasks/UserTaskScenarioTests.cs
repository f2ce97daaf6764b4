using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Testing;

namespace SocialInsurance.Workflows.Tests.Scenarios.UserTasks;

public sealed class UserTaskScenarioTests
{
    private const string Fixture = "Scenarios/UserTasks/single-task.bpmn";

    [Fact]
    public async Task Start_RunsToTheUserTask_AndStopsThere()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);

        // When
        var id = await engine.StartAsync("singleTask");

        // Then
        Assert.Equal(
            ["singleTask:Activated", "start:Activated", "start:Completed", "toReview:SequenceFlowTaken", "review:Activated"],
            await engine.JournalAsync(id));
        var task = (await engine.Queries.TasksAsync(new TaskQuery { CandidateGroups = ["reviewers"] })).Items.Single();
        Assert.Equal("Review", task.Name);
        Assert.Equal(engine.Time.GetUtcNow().AddDays(2), task.DueAt);
    }

    [Fact]
    public async Task CompleteTask_MergesSubmittedVariables_AndEndsTheInstance()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("singleTask", variables: new JsonObject { ["regionCode"] = "6501" });

        // When
        await engine.CompleteAsync(id, "review", new JsonObject { ["decision"] = "approve" });

        // Then
        Assert.Equal(
            ["singleTask:Activated", "start:Activated", "start:Completed", "toReview:SequenceFlowTaken", "review:Activated",
             "review:Completed", "toEnd:SequenceFlowTaken", "end:Activated", "end:Completed", "singleTask:Completed"],
            await engine.JournalAsync(id));
        var instance = await engine.Queries.InstanceAsync(id);
        Assert.Equal(InstanceStatus.Completed, instance!.Status);
        Assert.Equal("approve", (string?)instance.Variables["decision"]);
        Assert.Equal("6501", (string?)instance.Variables["regionCode"]);
        Assert.Empty(instance.Tokens);
        var completed = (await engine.JournalEntriesAsync(id)).Single(e => e.ElementId == "review" && e.Event == "Completed");
        Assert.Equal("reviewer1", completed.Actor);
        Assert.Equal("""{"decision":"approve"}""", completed.Data);
    }

    [Fact]
    public async Task CompleteTask_IsForbidden_ForSomeoneOutsideTheCandidateGroups()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("singleTask");
        var taskId = await engine.OpenTaskAsync(id, "review");

        // When
        var result = await engine.Runtime.CompleteTaskAsync(taskId, Actor.User("reviewer2", "reviewers-6502"), null);

        // Then
        Assert.Equal(RuntimeStatus.Forbidden, result.Status);
        Assert.Equal(UserTaskStatus.Created, (await engine.Queries.TaskAsync(taskId))!.Status);
    }

    [Fact]
    public async Task CompleteTask_ReturnsConflict_WhenTheTaskWasAlreadyCompleted()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("singleTask");
        var taskId = await engine.OpenTaskAsync(id, "review");
        await engine.Runtime.CompleteTaskAsync(taskId, TestEngine.Reviewer, null);

        // When
        var second = await engine.Runtime.CompleteTaskAsync(taskId, TestEngine.Reviewer, null);

        // Then
        Assert.Equal(RuntimeStatus.Conflict, second.Status);
    }

    [Fact]
    public async Task CompleteTask_TwoReviewersAtOnce_OneSucceedsAndTheOtherGetsAConflict()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("singleTask");
        var taskId = await engine.OpenTaskAsync(id, "review");

        // When
        var results = await Task.WhenAll(
            Task.Run(() => engine.Runtime.CompleteTaskAsync(taskId, Actor.User("reviewer1", "reviewers"), new JsonObject { ["by"] = "1" })),
            Task.Run(() => engine.Runtime.CompleteTaskAsync(taskId, Actor.User("reviewer3", "reviewers"), new JsonObject { ["by"] = "3" })));

        // Then
        Assert.Single(results, r => r.Status == RuntimeStatus.Ok);
        Assert.Single(results, r => r.Status == RuntimeStatus.Conflict);
        var journal = await engine.JournalAsync(id);
        Assert.Single(journal, e => e == "review:Completed");
    }

    [Fact]
    public async Task Claim_ThenAnotherReviewerCannotClaimOrComplete_UntilUnclaimed()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("singleTask");
        var taskId = await engine.OpenTaskAsync(id, "review");
        var first = Actor.User("reviewer1", "reviewers");
        var second = Actor.User("reviewer3", "reviewers");

        // When
        var claimed = await engine.Runtime.ClaimTaskAsync(taskId, first);
        var claimedAgain = await engine.Runtime.ClaimTaskAsync(taskId, second);
        var completedByOther = await engine.Runtime.CompleteTaskAsync(taskId, second, null);
        var unclaimedByOther = await engine.Runtime.UnclaimTaskAsync(taskId, second);
        var unclaimed = await engine.Runtime.UnclaimTaskAsync(taskId, first);
        var claimedBySecond = await engine.Runtime.ClaimTaskAsync(taskId, second);

        // Then
        Assert.Equal(
            [RuntimeStatus.Ok, RuntimeStatus.Conflict, RuntimeStatus.Conflict, RuntimeStatus.Forbidden, RuntimeStatus.Ok, RuntimeStatus.Ok],
            [claimed.Status, claimedAgain.Status, completedByOther.Status, unclaimedByOther.Status, unclaimed.Status, claimedBySecond.Status]);
        Assert.Equal("reviewer3", (await engine.Queries.TaskAsync(taskId))!.Assignee);
        Assert.Equal(
            ["review:Claimed", "review:Unclaimed", "review:Claimed"],
            (await engine.JournalAsync(id)).Where(e => e.Contains("claimed", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task WaitingInstance_ContinuesOnAFreshRuntime_OverTheSameDatabase()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("singleTask");

        // When
        await using var restarted = await engine.RestartAsync();
        await restarted.CompleteAsync(id, "review");

        // Then
        Assert.Equal(InstanceStatus.Completed, (await restarted.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task RunningInstance_StaysOnItsVersion_WhenANewVersionIsPublished()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        var v1 = await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("singleTask");
        var xml = (await File.ReadAllTextAsync(TestEngine.Fixture(Fixture))).Replace("name=\"Review\"", "name=\"Review v2\"");

        // When
        var v2 = await engine.DeployAsync(xml);
        var newer = await engine.StartAsync("singleTask", "case-2");
        await engine.CompleteAsync(id, "review");

        // Then
        Assert.Equal((1, 2), (v1.Version, v2.Version));
        Assert.Equal("singleTask:1", (await engine.Queries.InstanceAsync(id))!.DefinitionId);
        Assert.Equal("singleTask:2", (await engine.Queries.InstanceAsync(newer))!.DefinitionId);
        Assert.Equal("Review v2", (await engine.Queries.TaskAsync(await engine.OpenTaskAsync(newer, "review")))!.Name);
    }

    [Fact]
    public async Task Deploy_SameContentTwice_CreatesNoNewVersion()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        var first = await engine.DeployFixtureAsync(Fixture);

        // When
        var second = await engine.DeployFixtureAsync(Fixture);

        // Then
        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Version, second.Version);
        Assert.Single(await engine.Queries.DefinitionsAsync("singleTask"));
    }

    [Fact]
    public async Task CancelInstance_CancelsItsOpenTask()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("singleTask");
        var taskId = await engine.OpenTaskAsync(id, "review");

        // When
        var result = await engine.Runtime.CancelInstanceAsync(id, Actor.System, "applicant withdrew");

        // Then
        Assert.True(result.IsOk);
        Assert.Equal(InstanceStatus.Cancelled, (await engine.Queries.InstanceAsync(id))!.Status);
        Assert.Equal(UserTaskStatus.Cancelled, (await engine.Queries.TaskAsync(taskId))!.Status);
        Assert.Equal(["review:Terminated", "singleTask:Cancelled", "singleTask:CancellationReason"], (await engine.JournalAsync(id)).TakeLast(3));
        Assert.Empty(await engine.BookmarksAsync(id));
    }
}
