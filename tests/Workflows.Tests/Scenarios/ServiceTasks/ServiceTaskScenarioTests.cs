using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Testing;

namespace SocialInsurance.Workflows.Tests.Scenarios.ServiceTasks;

public sealed class ServiceTaskScenarioTests
{
    [Fact]
    public async Task ServiceTask_GetsEvaluatedInputs_AndOnlyMappedOutputsReachTheInstance()
    {
        // Given
        var activities = new TestActivities("test.echo");
        activities.On("test.echo", context =>
            ActivityResult.With(("amount", (decimal)context.Get("base")!.GetValue<int>() * 0.2m), ("internalNote", "x")));
        await using var engine = await TestEngine.StartAsync(activities);
        await engine.DeployFixtureAsync("Scenarios/ServiceTasks/io-mapping.bpmn");

        // When
        var id = await engine.StartAsync("ioMapping", variables: new JsonObject { ["contributionBase"] = 4000 });

        // Then
        var (_, context) = Assert.Single(activities.Calls);
        Assert.Equal(4000, context.Inputs["base"]!.GetValue<int>());
        Assert.Equal("mini-program", context.GetString("channel"));
        var variables = (await engine.Queries.InstanceAsync(id))!.Variables;
        Assert.Equal(800m, variables["monthlyAmount"]!.GetValue<decimal>());
        Assert.False(variables.ContainsKey("internalNote"));
    }

    [Fact]
    public async Task ServiceTask_WithAnUnknownTopic_IsRejectedAtDeploy()
    {
        // Given
        await using var engine = await TestEngine.StartAsync(new TestActivities("other.topic"));
        var xml = await File.ReadAllTextAsync(TestEngine.Fixture("Scenarios/ServiceTasks/io-mapping.bpmn"));

        // When
        var result = await engine.Deployments.DeployAsync(xml, "io.bpmn", "admin", publish: true, CancellationToken.None);

        // Then
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("computeContribution", "serviceTask"), (issue.ElementId, issue.ElementType));
        Assert.Contains("test.echo", issue.Message);
        Assert.Empty(await engine.Queries.DefinitionsAsync("ioMapping"));
    }
}
