using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Testing;

namespace SocialInsurance.Workflows.Tests.Scenarios.UserTasks;

/// <summary>
/// Task listeners written as JavaScript in the sandbox, with Camunda 7's <c>task</c> object and its order of events:
/// assignment before create when the task is born assigned, assignment again when a create listener assigns it.
/// </summary>
public sealed class UserTaskListenerTests
{
    private const string Fixture = "Scenarios/UserTasks/listeners.bpmn";

    [Fact]
    public async Task TaskListeners_AssignOnCreate_RecordOnAssignment_AndRunOnComplete()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);

        // When
        var id = await engine.StartAsync("listeners", variables: new JsonObject { ["approver"] = "kermit" });
        var task = await engine.Queries.TaskAsync(await engine.OpenTaskAsync(id, "approve"));
        var completed = await engine.Runtime.CompleteTaskAsync(task!.Id, Actor.User("kermit"), null);

        // Then
        Assert.True(completed.IsOk, completed.Error);
        Assert.Equal("kermit", task.Assignee);
        Assert.Equal(60, task.Priority);
        Assert.Equal(
            ["listeners:Activated", "start:Activated", "start:Completed", "toApprove:SequenceFlowTaken", "approve:Activated",
             "approve:Completed", "toEnd:SequenceFlowTaken", "end:Activated", "end:Completed", "listeners:Completed"],
            await engine.JournalAsync(id));
        var variables = (await engine.Queries.InstanceAsync(id))!.Variables;
        Assert.Equal("kermit", (string?)variables["approver"]);
        Assert.Equal("kermit on Approve", (string?)variables["approvedBy"]);
    }

    [Fact]
    public async Task TaskListeners_LeaveTheTaskToItsCandidates_WhenNoApproverIsKnown()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("listeners");
        var task = await engine.Queries.TaskAsync(await engine.OpenTaskAsync(id, "approve"));

        // When
        await engine.CompleteAsync(id, "approve");

        // Then
        Assert.Null(task!.Assignee);
        Assert.Equal(60, task.Priority);
        var variables = (await engine.Queries.InstanceAsync(id))!.Variables;
        Assert.False(variables.ContainsKey("approver"));
        Assert.Equal("reviewer1 on Approve", (string?)variables["approvedBy"]);
    }

    [Fact]
    public async Task TaskListener_FailingScript_IsAnIncidentOnTheTask_AndCreatesNoTask()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync((await File.ReadAllTextAsync(TestEngine.Fixture(Fixture)))
            .Replace("task.setPriority(task.getPriority() + 10);", "task.setPriority('urgent');"));

        // When
        var id = await engine.StartAsync("listeners");

        // Then
        var incident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, id));
        Assert.Equal("approve", incident.ElementId);
        Assert.Contains("task.setPriority", incident.Message);
        Assert.Empty((await engine.Queries.TasksAsync(new TaskQuery { InstanceId = id })).Items);
    }
}
