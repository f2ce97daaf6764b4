using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Tests.Support;

namespace SocialInsurance.Workflows.Tests.Scenarios.Sandbox;

public sealed class SandboxScenarioTests
{
    [Fact]
    public async Task RunawayScript_BecomesAnIncident_AndTheEngineGoesOn()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Sandbox/runaway-script.bpmn");

        // When
        var looping = await engine.StartAsync("runawayScript", "case-1", new JsonObject { ["loop"] = true });
        var finishing = await engine.StartAsync("runawayScript", "case-2", new JsonObject { ["loop"] = false });

        // Then
        var incident = (await engine.Queries.IncidentsAsync(openOnly: true, looping)).Single();
        Assert.Equal("compute", incident.ElementId);
        Assert.Matches("(time|statement)", incident.Message);
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(looping))!.Status);
        var done = await engine.Queries.InstanceAsync(finishing);
        Assert.Equal(InstanceStatus.Completed, done!.Status);
        Assert.Equal(0, (int?)done.Variables["result"]);
    }
}
