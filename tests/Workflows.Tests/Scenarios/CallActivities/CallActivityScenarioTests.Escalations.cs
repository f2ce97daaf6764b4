using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Instances;

namespace SocialInsurance.Workflows.Tests.Scenarios.CallActivities;

/// <summary>An escalation thrown in a called instance, caught on the call activity with and without interrupting it.</summary>
public sealed partial class CallActivityScenarioTests
{
    [Fact]
    public async Task ChildEscalation_IsCaughtByTheCallActivitysNonInterruptingBoundary_AndBothGoOn()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        var deployed = await engine.Deployments.DeployAsync(await File.ReadAllTextAsync(TestEngine.Fixture("Scenarios/CallActivities/late-correction.bpmn")),
            "late-correction.bpmn", "test", publish: true, CancellationToken.None);
        Assert.Empty(deployed.Issues);

        // When
        var id = await engine.StartAsync("caller");

        // Then: the child goes on to its task, the parent's boundary path opens the supervisor's
        var child = await ChildOfAsync(engine, id, "correct");
        Assert.Equal(
            ["correct:EscalationThrown", "onLate:Activated", "onLate:Completed", "toSupervise:SequenceFlowTaken",
             "supervise:Activated"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "correct:EscalationThrown"));
        Assert.Equal(["late:Activated", "late:EscalationThrown", "late:Completed", "toFix:SequenceFlowTaken", "fix:Activated"],
            (await engine.JournalAsync(child)).SkipWhile(e => e != "late:Activated"));
        Assert.Equal("CORRECTION_LATE", (string?)(await engine.Queries.InstanceAsync(id))!.Variables["escalated"]);

        // When both tasks are done
        await engine.CompleteAsync(child, "fix");
        await engine.CompleteAsync(id, "supervise");

        // Then
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task ChildEscalation_CaughtByAnInterruptingBoundary_EndsTheCallActivityAndTheChild()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        var xml = await File.ReadAllTextAsync(TestEngine.Fixture("Scenarios/CallActivities/late-correction.bpmn"));
        var deployed = await engine.Deployments.DeployAsync(xml.Replace("cancelActivity=\"false\"", "cancelActivity=\"true\""),
            "late-correction.bpmn", "test", publish: true, CancellationToken.None);
        Assert.Empty(deployed.Issues);

        // When
        var id = await engine.StartAsync("caller");

        // Then
        var child = await ChildOfAsync(engine, id, "correct");
        Assert.Equal(
            ["correct:EscalationThrown", "correct:Terminated", "onLate:Activated", "onLate:Completed",
             "toSupervise:SequenceFlowTaken", "supervise:Activated"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "correct:EscalationThrown"));
        Assert.Equal(InstanceStatus.Terminated, (await engine.Queries.InstanceAsync(child))!.Status);
        Assert.DoesNotContain("fix:Activated", await engine.JournalAsync(child));
    }
}
