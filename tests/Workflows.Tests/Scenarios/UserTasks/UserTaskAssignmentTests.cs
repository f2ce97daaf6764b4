using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Workflows.Tests.Scenarios.Incidents;

namespace SocialInsurance.Workflows.Tests.Scenarios.UserTasks;

/// <summary>Who gets a task, when it is due, how urgent it is and which form it shows, as Camunda 7 modelers write them.</summary>
public sealed class UserTaskAssignmentTests
{
    private const string Fixture = "Scenarios/UserTasks/assignment.bpmn";

    private static JsonObject Variables(bool urgent = true) => new()
    {
        ["reviewers"] = new JsonArray("amy", "bo"),
        ["groups"] = "reviewers-6501, reviewers-65",
        ["deadline"] = "P3D",
        ["urgent"] = urgent,
        ["manager"] = "gonzo",
    };

    [Fact]
    public async Task UserTask_ResolvesAssigneeCandidatesDueDateAndPriority_FromExpressions()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);

        // When
        var id = await engine.StartAsync("assignment", variables: Variables());

        // Then
        Assert.Equal(
            ["assignment:Activated", "start:Activated", "start:Completed", "toReview:SequenceFlowTaken", "review:Activated"],
            await engine.JournalAsync(id));
        var task = await engine.Queries.TaskAsync(await engine.OpenTaskAsync(id, "review"));
        Assert.Equal("applicant1", task!.Assignee);
        Assert.Equal(["amy", "bo"], task.CandidateUsers.Order());
        Assert.Equal(["reviewers-65", "reviewers-6501"], task.CandidateGroups.Order());
        Assert.Equal(engine.Time.GetUtcNow().AddDays(3), task.DueAt);
        Assert.Equal(80, task.Priority);
        Assert.Equal("review-application.form", task.FormKey);
        Assert.Equal("applicant1", (string?)(await engine.Queries.InstanceAsync(id))!.Variables["initiator"]);
    }

    [Fact]
    public async Task UserTask_ReadsHumanPerformerAndPotentialOwner_AsAssigneeAndCandidates()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("assignment", variables: Variables());

        // When
        await engine.Runtime.CompleteTaskAsync(await engine.OpenTaskAsync(id, "review"), Actor.User("applicant1"), null);

        // Then
        Assert.Equal(
            ["assignment:Activated", "start:Activated", "start:Completed", "toReview:SequenceFlowTaken", "review:Activated",
             "review:Completed", "toApprove:SequenceFlowTaken", "approve:Activated"],
            await engine.JournalAsync(id));
        var task = await engine.Queries.TaskAsync(await engine.OpenTaskAsync(id, "approve"));
        Assert.Equal("gonzo", task!.Assignee);
        Assert.Equal(["kermit"], task.CandidateUsers);
        Assert.Equal(["accountancy", "management"], task.CandidateGroups.Order());
        Assert.Equal(50, task.Priority);
        Assert.Equal("approval.form", task.FormKey);
    }

    [Fact]
    public async Task UserTask_FailsWithAnIncident_WhenPriorityIsNotAnInteger()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync((await File.ReadAllTextAsync(TestEngine.Fixture(Fixture)))
            .Replace("${urgent ? 80 : 20}", "${'high'}"));

        // When
        var id = await engine.StartAsync("assignment", variables: Variables());

        // Then
        var incident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, id));
        Assert.Equal("review", incident.ElementId);
        Assert.Contains("Expected camunda:priority of user task 'review' to be an integer, but it is \"high\"", incident.Message);
        IncidentAssert.HasCause(incident, IncidentCodes.PriorityInvalid, ("value", "\"high\""));
        Assert.Empty((await engine.Queries.TasksAsync(new TaskQuery { InstanceId = id })).Items);
    }

    [Fact]
    public async Task TaskQuery_SortsByPriority_HighestFirst_WhenAskedTo()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var low = await engine.StartAsync("assignment", "low", Variables(urgent: false));
        var high = await engine.StartAsync("assignment", "high", Variables(urgent: true));

        // When
        var byPriority = await engine.Queries.TasksAsync(new TaskQuery { CandidateUser = "amy", SortBy = TaskSort.Priority });
        var byDue = await engine.Queries.TasksAsync(new TaskQuery { CandidateUser = "amy" });

        // Then
        Assert.Equal([high, low], byPriority.Items.Select(t => t.InstanceId));
        Assert.Equal([low, high], byDue.Items.Select(t => t.InstanceId));
    }
}
