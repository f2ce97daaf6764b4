using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Testing;

namespace SocialInsurance.Workflows.Tests.Scenarios.EventBased;

public sealed class EventBasedGatewayScenarioTests
{
    private const string Fixture = "Scenarios/EventBased/agreement-or-reminder.bpmn";

    [Fact]
    public async Task EventBasedGateway_MessageBeforeTimer_TakesTheMessagePath_AndCancelsTheTimer()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("agreementOrReminder");
        Assert.Equal(2, (await engine.BookmarksAsync(id)).Count);

        // When
        await engine.AdvanceAsync(TimeSpan.FromDays(6));
        await engine.Runtime.CorrelateMessageAsync("agreementSigned", "case-1", null, Actor.System);
        var firedLater = await engine.AdvanceAsync(TimeSpan.FromDays(2));

        // Then
        Assert.Equal(
            ["agreementOrReminder:Activated", "start:Activated", "start:Completed", "toRace:SequenceFlowTaken", "race:Activated",
             "signed:MessageCorrelated", "race:Completed", "toSigned:SequenceFlowTaken", "signed:Activated", "signed:Completed",
             "signedToEnd:SequenceFlowTaken", "activeEnd:Activated", "activeEnd:Completed", "agreementOrReminder:Completed"],
            await engine.JournalAsync(id));
        Assert.Equal(1, firedLater);
        Assert.Empty(await engine.BookmarksAsync(id));
    }

    [Fact]
    public async Task EventBasedGateway_TimerFirst_TakesTheTimerPath_AndALateMessageIsRejected()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("agreementOrReminder");

        // When
        await engine.AdvanceAsync(TimeSpan.FromDays(7));
        var late = await engine.Runtime.CorrelateMessageAsync("agreementSigned", "case-1", null, Actor.System);

        // Then
        Assert.Contains("timeoutToEnd:SequenceFlowTaken", await engine.JournalAsync(id));
        Assert.DoesNotContain("toSigned:SequenceFlowTaken", await engine.JournalAsync(id));
        Assert.Equal(Runtime.RuntimeStatus.NotFound, late.Status);
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
    }
}
