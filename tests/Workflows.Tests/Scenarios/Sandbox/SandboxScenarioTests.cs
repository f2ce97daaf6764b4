using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;

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
        Assert.Contains(incident.Code, new[] { IncidentCodes.TimeLimit.Code, IncidentCodes.StatementLimit.Code });
        Assert.Equal(["limit"], incident.Args!.Keys);
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(looping))!.Status);
        var done = await engine.Queries.InstanceAsync(finishing);
        Assert.Equal(InstanceStatus.Completed, done!.Status);
        Assert.Equal(0, (int?)done.Variables["result"]);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("var a = []; while (true) { a.push(new Array(100000).fill(1)); }")]
    public async Task ScriptReachingOutOfTheSandbox_BecomesAnIncident_WithAClearMessage(string script)
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        var xml = (await File.ReadAllTextAsync(TestEngine.Fixture("Scenarios/Sandbox/runaway-script.bpmn")))
            .Replace("var i = 0; while (loop) { i++; } i", System.Security.SecurityElement.Escape(script));
        await engine.DeployAsync(xml);

        // When
        var id = await engine.StartAsync("runawayScript");

        // Then
        var incident = (await engine.Queries.IncidentsAsync(openOnly: true, id)).Single();
        Assert.Equal("compute", incident.ElementId);
        Assert.Matches("(not defined|memory|limit)", incident.Message);
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(id))!.Status);
    }
}
