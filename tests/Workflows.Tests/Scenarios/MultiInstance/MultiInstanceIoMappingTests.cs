using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Scenarios.MultiInstance;

/// <summary>
/// Input parameters and multi-instance share one notion of local variables (token locals): Camunda maps a
/// multi-instance activity's inputs once per inner instance, beside its loopCounter and element variable.
/// </summary>
public sealed class MultiInstanceIoMappingTests
{
    [Fact]
    public async Task MultiInstanceUserTask_MapsItsInputsPerInstance_FromThatInstancesElementVariable()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/MultiInstance/countersign-with-inputs.bpmn");

        // When
        var id = await engine.StartAsync("countersignInputs", variables: new JsonObject { ["reviewers"] = new JsonArray("zhang", "li") });

        // Then
        var tasks = (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = id })).Items;
        Assert.Equal(["li-1", "zhang-0"], tasks.Select(t => t.Assignee).Order());
    }

    [Fact]
    public async Task MultiInstanceUserTask_LeavesNoLocalBehind_WhenEveryInstanceCompletes()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/MultiInstance/countersign-with-inputs.bpmn");
        var id = await engine.StartAsync("countersignInputs", variables: new JsonObject { ["reviewers"] = new JsonArray("zhang", "li") });

        // When
        foreach (var task in (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = id })).Items)
        {
            await engine.Runtime.CompleteTaskAsync(task.Id, Actor.User(task.Assignee!), new JsonObject { ["approved"] = true });
        }

        // Then
        var instance = (await engine.Queries.InstanceAsync(id))!;
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Equal(["approved", "reviewers"], instance.Variables.Select(v => v.Key).Order());
    }
}
