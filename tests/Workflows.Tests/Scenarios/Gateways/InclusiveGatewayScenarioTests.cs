using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Testing;

namespace SocialInsurance.Workflows.Tests.Scenarios.Gateways;

public sealed class InclusiveGatewayScenarioTests
{
    private const string Fixture = "Scenarios/Gateways/inclusive.bpmn";

    private static async Task CompleteAsync(TestEngine engine, Guid id, string elementId, JsonObject? variables = null)
    {
        var result = await engine.Runtime.CompleteTaskAsync(await engine.OpenTaskAsync(id, elementId), Actor.System, variables);
        Assert.True(result.IsOk, result.Error);
    }

    [Fact]
    public async Task InclusiveJoin_AfterAPartlyTakenSplit_WaitsOnlyForTheTakenBranch()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("inclusive", variables: new JsonObject { ["sms"] = true, ["email"] = false });

        // When
        await CompleteAsync(engine, id, "sendSms");

        // Then
        Assert.Equal(
            ["inclusive:Activated", "start:Activated", "start:Completed", "toSplit:SequenceFlowTaken",
             "channels:Activated", "channels:Completed", "bySms:SequenceFlowTaken", "sendSms:Activated",
             "sendSms:Completed", "smsDone:SequenceFlowTaken", "notified:Activated", "notified:Completed",
             "toEnd:SequenceFlowTaken", "end:Activated", "end:Completed", "inclusive:Completed"],
            await engine.JournalAsync(id));
    }

    [Fact]
    public async Task InclusiveJoin_WaitsForEveryTakenBranch_ThenFiresOnce()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("inclusive", variables: new JsonObject { ["sms"] = true, ["email"] = true, ["bounced"] = false });

        // When the first branch arrives
        await CompleteAsync(engine, id, "sendSms");

        // Then the join waits
        Assert.Equal(["sendSms:Completed", "smsDone:SequenceFlowTaken"], (await engine.JournalAsync(id)).TakeLast(2));
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(id))!.Status);

        // When the second arrives
        await CompleteAsync(engine, id, "sendEmail");

        // Then
        Assert.Equal(
            ["sendEmail:Completed", "emailDone:SequenceFlowTaken", "delivered:Activated", "delivered:Completed",
             "emailDelivered:SequenceFlowTaken", "notified:Activated", "notified:Completed", "toEnd:SequenceFlowTaken",
             "end:Activated", "end:Completed", "inclusive:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "sendEmail:Completed"));
        Assert.Single(await engine.JournalAsync(id), e => e == "notified:Activated");
    }

    [Fact]
    public async Task InclusiveJoin_FiresWhenTheOtherBranchEndsElsewhere()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("inclusive", variables: new JsonObject { ["sms"] = true, ["email"] = true, ["bounced"] = true });
        await CompleteAsync(engine, id, "sendSms");

        // When the e-mail bounces and its branch ends before the join
        await CompleteAsync(engine, id, "sendEmail");

        // Then the join fires as soon as the bounced token is on its way to an end that cannot reach it
        Assert.Equal(
            ["sendEmail:Completed", "emailDone:SequenceFlowTaken", "delivered:Activated", "delivered:Completed",
             "emailBounced:SequenceFlowTaken", "notified:Activated", "notified:Completed", "toEnd:SequenceFlowTaken",
             "bounced:Activated", "bounced:Completed", "end:Activated", "end:Completed", "inclusive:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "sendEmail:Completed"));
    }

    [Fact]
    public async Task InclusiveSplit_TakesTheDefaultFlow_WhenNoConditionHolds()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);

        // When
        var id = await engine.StartAsync("inclusive", variables: new JsonObject { ["sms"] = false, ["email"] = false });

        // Then
        Assert.Equal(["channels:Completed", "byLetter:SequenceFlowTaken", "sendLetter:Activated"], (await engine.JournalAsync(id)).TakeLast(3));
    }
}
