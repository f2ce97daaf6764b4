using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Tests.Scenarios.Incidents;

namespace SocialInsurance.Workflows.Tests.Scenarios.CallActivities;

/// <summary>Which deployed version a call activity starts (published, by version, by version tag), and when none fits.</summary>
public sealed partial class CallActivityScenarioTests
{
    [Fact]
    public async Task CallActivity_WithVersionBinding_StartsThatVersion_NotThePublishedOne()
    {
        // Given version 1 and a newer published version 2 of the called process
        await using var engine = await TestEngine.StartAsync();
        var called = await File.ReadAllTextAsync(TestEngine.Fixture("Scenarios/CallActivities/correction.bpmn"));
        await engine.DeployAsync(called);
        await engine.DeployAsync(called.Replace("<bpmn:userTask id=\"fix\"", "<bpmn:userTask id=\"fix\" name=\"v2\""));
        await engine.DeployAsync(Bpmn.Around("correct",
            """<bpmn:callActivity id="correct" calledElement="correction" camunda:calledElementBinding="version" camunda:calledElementVersion="1" />"""));

        // When
        var id = await engine.StartAsync("proc");

        // Then
        Assert.Equal(1, (await engine.Queries.InstanceAsync(await ChildOfAsync(engine, id, "correct")))!.ProcessVersion);
    }

    [Fact]
    public async Task CallActivity_WithVersionTagBinding_StartsTheNewestVersionCarryingThatTag()
    {
        // Given versions 1 and 2 tagged 2026-Q1, and a newer published version 3 tagged 2026-Q2
        await using var engine = await TestEngine.StartAsync();
        var called = await File.ReadAllTextAsync(TestEngine.Fixture("Scenarios/CallActivities/correction.bpmn"));
        string Tagged(string tag, string name) => called
            .Replace("<bpmn:process id=\"correction\"", $"<bpmn:process id=\"correction\" camunda:versionTag=\"{tag}\"")
            .Replace("<bpmn:userTask id=\"fix\"", $"<bpmn:userTask id=\"fix\" name=\"{name}\"");
        await engine.DeployAsync(Tagged("2026-Q1", "v1"));
        await engine.DeployAsync(Tagged("2026-Q1", "v2"));
        await engine.DeployAsync(Tagged("2026-Q2", "v3"));
        await engine.DeployAsync(Bpmn.Around("correct",
            """<bpmn:callActivity id="correct" calledElement="correction" camunda:calledElementBinding="versionTag" camunda:calledElementVersionTag="2026-Q1" />"""));

        // When
        var id = await engine.StartAsync("proc");

        // Then
        Assert.Equal(2, (await engine.Queries.InstanceAsync(await ChildOfAsync(engine, id, "correct")))!.ProcessVersion);
    }

    [Fact]
    public async Task CallActivity_WithAVersionTagNoVersionCarries_IsAnIncident()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/CallActivities/correction.bpmn");
        await engine.DeployAsync(Bpmn.Around("correct",
            """<bpmn:callActivity id="correct" calledElement="correction" camunda:calledElementBinding="versionTag" camunda:calledElementVersionTag="2030" />"""));

        // When
        var id = await engine.StartAsync("proc");

        // Then
        var incident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, id));
        Assert.Equal("Expected a version of process 'correction' with camunda:versionTag '2030' for call activity 'correct', but none is deployed.", incident.Message);
        IncidentAssert.HasCause(incident, IncidentCodes.CalledVersionTagMissing, ("process", "correction"), ("versionTag", "2030"));
    }

    [Fact]
    public async Task CallActivity_OfAProcessThatIsNotDeployed_IsAnIncident()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Bpmn.Around("correct", """<bpmn:callActivity id="correct" calledElement="nowhere" />"""));

        // When
        var id = await engine.StartAsync("proc");

        // Then
        var incident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, id));
        Assert.Equal("Expected a published version of process 'nowhere' for call activity 'correct', but there is none.", incident.Message);
        IncidentAssert.HasCause(incident, IncidentCodes.CalledProcessMissing, ("process", "nowhere"));
    }
}
