using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Testing;

namespace SocialInsurance.Workflows.Tests.Scenarios.IoMappings;

/// <summary>
/// <c>camunda:inputOutput</c> with Camunda 7's scoping: input parameters are local variables of the activity (its
/// scripts, expressions and, for a sub-process, everything inside see them; a write to a local name stays local),
/// output parameters copy values out to the enclosing scope, and the locals vanish when the activity ends.
/// </summary>
public sealed class IoMappingScenarioTests
{
    private const string Fixture = "Scenarios/IoMappings/io-mapping.bpmn";

    [Fact]
    public async Task InputOutputMappings_KeepInputsLocal_AndCopyOnlyOutputsOut()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("ioMapping", variables: new JsonObject { ["applicant"] = "张伟", ["max"] = 3, ["region"] = "6501" });

        // When
        var task = await engine.Queries.TaskAsync(await engine.OpenTaskAsync(id, "review"));
        var completed = await engine.Runtime.CompleteTaskAsync(task!.Id, Actor.User("reviewer9", "reviewers-6501"), new JsonObject { ["decision"] = "approved" });

        // Then
        Assert.True(completed.IsOk, completed.Error);
        Assert.Equal(["reviewers-6501"], task.CandidateGroups);
        Assert.Equal(
            ["ioMapping:Activated", "start:Activated", "start:Completed", "toPrepare:SequenceFlowTaken",
             "prepare:Activated", "prepare:Completed", "toCount:SequenceFlowTaken",
             "count:Activated", "countStart:Activated", "countStart:Completed", "toBump:SequenceFlowTaken",
             "bump:Activated", "bump:Completed", "toEnough:SequenceFlowTaken", "enough:Activated", "enough:Completed", "again:SequenceFlowTaken",
             "bump:Activated", "bump:Completed", "toEnough:SequenceFlowTaken", "enough:Activated", "enough:Completed", "done:SequenceFlowTaken",
             "countEnd:Activated", "countEnd:Completed", "count:Completed", "toReview:SequenceFlowTaken",
             "review:Activated", "review:Completed", "toEnd:SequenceFlowTaken", "end:Activated", "end:Completed", "ioMapping:Completed"],
            await engine.JournalAsync(id));
        var variables = (await engine.Queries.InstanceAsync(id))!.Variables;
        Assert.Equal(
            ["applicant", "max", "region", "rounds", "summary", "touched", "verdict"],
            variables.Select(v => v.Key).Order(StringComparer.Ordinal));
        Assert.Equal("Hello! 张伟/clerk at most 3 6", (string?)variables["summary"]);
        Assert.Equal(2, (int?)variables["touched"]);
        Assert.Equal(2, (int?)variables["rounds"]);
        Assert.Equal("approved by reviewers-6501", (string?)variables["verdict"]);
    }

    [Fact]
    public async Task InputParameter_FailingExpression_IsAnIncidentOnTheActivity()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);

        // When: applicant is missing, so the list input ${applicant} cannot be evaluated
        var id = await engine.StartAsync("ioMapping", variables: new JsonObject { ["max"] = 3, ["region"] = "6501" });

        // Then
        var incident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, id));
        Assert.Equal("prepare", incident.ElementId);
        Assert.Contains("applicant", incident.Message);
        Assert.Empty((await engine.Queries.TasksAsync(new TaskQuery { InstanceId = id })).Items);
    }
}
