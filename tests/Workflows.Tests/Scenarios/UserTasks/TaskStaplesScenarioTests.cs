using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Scenarios.UserTasks;

/// <summary>The Tasklist staples beyond claim: follow-up dates, assign, delegate and resolve, sorting.</summary>
public sealed class TaskStaplesScenarioTests
{
    private const string Fixture = "Scenarios/UserTasks/follow-up-task.bpmn";
    private static readonly Actor Reviewer1 = Actor.User("reviewer1", "reviewers");
    private static readonly Actor Reviewer2 = Actor.User("reviewer2", "reviewers");
    private static readonly Actor Admin = new("admin1", [], IsAdministrator: true);

    [Fact]
    public async Task UserTask_TakesItsFollowUpDate_FromCamundaFollowUpDate()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);

        // When
        var id = await engine.StartAsync("followUpTask", variables: new JsonObject { ["followUp"] = "P1D" });

        // Then
        var task = await engine.Queries.TaskAsync(await engine.OpenTaskAsync(id, "review"));
        Assert.Equal(engine.Time.GetUtcNow().AddDays(1), task!.FollowUpAt);
        Assert.Equal(engine.Time.GetUtcNow().AddDays(5), task.DueAt);
    }

    [Fact]
    public async Task TaskQuery_LeavesOutTasksParkedUntilLater_AndListsThemApart()
    {
        // Given one task to follow up tomorrow and one without a follow-up date
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var parked = await engine.StartAsync("followUpTask", "case-parked", new JsonObject { ["followUp"] = "P1D" });
        var current = await engine.StartAsync("followUpTask", "case-current", new JsonObject { ["followUp"] = "" });
        var now = engine.Time.GetUtcNow();

        // When
        var working = await engine.Queries.TasksAsync(new TaskQuery { FollowUpDueBy = now });
        var later = await engine.Queries.TasksAsync(new TaskQuery { FollowUpAfter = now });

        // Then
        Assert.Equal(current, Assert.Single(working.Items).InstanceId);
        Assert.Equal(parked, Assert.Single(later.Items).InstanceId);
    }

    [Fact]
    public async Task SetTaskFollowUp_IsTheAssigneesAlone()
    {
        // Given a task claimed by reviewer1
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("followUpTask", variables: new JsonObject { ["followUp"] = "" });
        var taskId = await engine.OpenTaskAsync(id, "review");
        await engine.Runtime.ClaimTaskAsync(taskId, Reviewer1);
        var at = engine.Time.GetUtcNow().AddDays(3);

        // When
        var byOther = await engine.Runtime.SetTaskFollowUpAsync(taskId, Reviewer2, at);
        var byAssignee = await engine.Runtime.SetTaskFollowUpAsync(taskId, Reviewer1, at);

        // Then
        Assert.Equal(RuntimeStatus.Forbidden, byOther.Status);
        Assert.True(byAssignee.IsOk, byAssignee.Error);
        Assert.Equal(at, (await engine.Queries.TaskAsync(taskId))!.FollowUpAt);
        Assert.Contains("review:FollowUpSet", await engine.JournalAsync(id));
    }

    [Fact]
    public async Task DelegateThenResolve_LendsTheTaskAndHandsItBackToItsOwner()
    {
        // Given a task claimed by reviewer1
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("followUpTask", variables: new JsonObject { ["followUp"] = "" });
        var taskId = await engine.OpenTaskAsync(id, "review");
        await engine.Runtime.ClaimTaskAsync(taskId, Reviewer1);

        // When
        var delegated = await engine.Runtime.DelegateTaskAsync(taskId, Reviewer1, "reviewer2");
        var whileDelegated = await engine.Queries.TaskAsync(taskId);
        var resolved = await engine.Runtime.ResolveTaskAsync(taskId, Reviewer2);

        // Then
        Assert.True(delegated.IsOk, delegated.Error);
        Assert.Equal(("reviewer2", "reviewer1", DelegationState.Pending), (whileDelegated!.Assignee, whileDelegated.Owner, whileDelegated.Delegation));
        Assert.True(resolved.IsOk, resolved.Error);
        var back = await engine.Queries.TaskAsync(taskId);
        Assert.Equal(("reviewer1", DelegationState.Resolved), (back!.Assignee, back.Delegation));
        var journal = await engine.JournalEntriesAsync(id);
        Assert.Equal(["Claimed", "Delegated", "Resolved"], journal.Where(e => e.ElementId == "review" && e.Event is not ("Activated" or "Completed")).Select(e => e.Event));
        Assert.Equal("reviewer2", journal.Single(e => e.Event == "Resolved").Actor);
    }

    [Fact]
    public async Task DelegatedTask_IsCompletedByTheDelegate()
    {
        // Given a task reviewer1 delegated to reviewer2
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("followUpTask", variables: new JsonObject { ["followUp"] = "" });
        var taskId = await engine.OpenTaskAsync(id, "review");
        await engine.Runtime.ClaimTaskAsync(taskId, Reviewer1);
        await engine.Runtime.DelegateTaskAsync(taskId, Reviewer1, "reviewer2");

        // When
        var byOwner = await engine.Runtime.CompleteTaskAsync(taskId, Reviewer1, null);
        var byDelegate = await engine.Runtime.CompleteTaskAsync(taskId, Reviewer2, null);

        // Then
        Assert.Equal(RuntimeStatus.Conflict, byOwner.Status);
        Assert.True(byDelegate.IsOk, byDelegate.Error);
        Assert.Equal("reviewer2", (await engine.Queries.TaskAsync(taskId))!.CompletedBy);
    }

    [Fact]
    public async Task DelegateTask_IsRefused_ToSomeoneNotHoldingIt()
    {
        // Given a task claimed by reviewer1
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("followUpTask", variables: new JsonObject { ["followUp"] = "" });
        var taskId = await engine.OpenTaskAsync(id, "review");
        await engine.Runtime.ClaimTaskAsync(taskId, Reviewer1);

        // When
        var result = await engine.Runtime.DelegateTaskAsync(taskId, Reviewer2, "reviewer3");

        // Then
        Assert.Equal(RuntimeStatus.Forbidden, result.Status);
        Assert.Equal("reviewer1", (await engine.Queries.TaskAsync(taskId))!.Assignee);
    }

    [Fact]
    public async Task AssignTask_LetsAnAdministratorReassignAnyTask()
    {
        // Given a task claimed by reviewer1
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("followUpTask", variables: new JsonObject { ["followUp"] = "" });
        var taskId = await engine.OpenTaskAsync(id, "review");
        await engine.Runtime.ClaimTaskAsync(taskId, Reviewer1);

        // When
        var byReviewer2 = await engine.Runtime.AssignTaskAsync(taskId, Reviewer2, "reviewer2");
        var byAdmin = await engine.Runtime.AssignTaskAsync(taskId, Admin, "reviewer2");

        // Then
        Assert.Equal(RuntimeStatus.Forbidden, byReviewer2.Status);
        Assert.True(byAdmin.IsOk, byAdmin.Error);
        var task = await engine.Queries.TaskAsync(taskId);
        Assert.Equal(("reviewer2", (string?)null), (task!.Assignee, task.Owner));
        Assert.Equal("admin1", (await engine.JournalEntriesAsync(id)).Single(e => e.Event == "Assigned").Actor);
    }

    [Fact]
    public async Task TaskQuery_SortsByName_InEitherDirection()
    {
        // Given two processes whose tasks are named apart
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Process("sortA", "Alpha"));
        await engine.DeployAsync(Process("sortB", "Beta"));
        await engine.StartAsync("sortB");
        await engine.StartAsync("sortA");

        // When
        var ascending = await engine.Queries.TasksAsync(new TaskQuery { SortBy = TaskSort.Name });
        var descending = await engine.Queries.TasksAsync(new TaskQuery { SortBy = TaskSort.Name, Descending = true });

        // Then
        Assert.Equal(["Alpha", "Beta"], ascending.Items.Select(t => t.Name));
        Assert.Equal(["Beta", "Alpha"], descending.Items.Select(t => t.Name));
    }

    [Fact]
    public async Task Validation_RefusesAFollowUpDateThatIsNoDateDurationOrExpression()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();

        // When
        var result = await engine.Deployments.DeployAsync(
            Process("badFollowUp", "Review").Replace("camunda:candidateGroups", "camunda:followUpDate=\"next week\" camunda:candidateGroups", StringComparison.Ordinal),
            "test.bpmn", "test", publish: true, CancellationToken.None);

        // Then
        Assert.Contains(result.Issues, i => i.ElementId == "task" && i.Code == "invalid-follow-up-date");
    }

    private static string Process(string key, string taskName) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs_{key}" targetNamespace="http://socialinsurance.example/test">
          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" />
            <bpmn:userTask id="task" name="{taskName}" camunda:candidateGroups="reviewers" />
            <bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
