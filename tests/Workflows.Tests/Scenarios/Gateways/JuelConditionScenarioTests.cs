using System.Text.Json.Nodes;
using SocialInsurance.Testing;

namespace SocialInsurance.Workflows.Tests.Scenarios.Gateways;

public sealed class JuelConditionScenarioTests
{
    [Theory]
    [InlineData(false, 5000, "xj", "counter", true, "rejected")]
    [InlineData(true, 5000, "xj", "counter", true, "large")]
    [InlineData(true, 500, "xj", "counter", true, "urgent")]
    [InlineData(true, 5000, "other", "online", true, "otherwise")]
    public async Task JuelConditions_ChooseTheFlow_AsCamundaWould(
        bool approved, int amount, string region, string channel, bool urgent, string expectedFlow)
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Gateways/juel-conditions.bpmn");

        // When
        var id = await engine.StartAsync("juelConditions", variables: new JsonObject
        {
            ["approved"] = approved, ["amount"] = amount, ["region"] = region, ["channel"] = channel, ["urgent"] = urgent,
        });

        // Then
        Assert.Equal(
            ["juelConditions:Activated", "start:Activated", "start:Completed", "toDecide:SequenceFlowTaken",
             "decide:Activated", "decide:Completed", $"{expectedFlow}:SequenceFlowTaken"],
            (await engine.JournalAsync(id)).Take(7));
    }
}
