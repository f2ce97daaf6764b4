using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Testing;

namespace SocialInsurance.Workflows.Tests.Scenarios.Messages;

public sealed class MessageScenarioTests
{
    private const string Fixture = "Scenarios/Messages/wait-for-agreement.bpmn";

    [Fact]
    public async Task Message_IsCorrelatedByNameAndBusinessKey_OnlyToTheMatchingInstance()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var mine = await engine.StartAsync("waitForAgreement", "case-1");
        var other = await engine.StartAsync("waitForAgreement", "case-2");

        // When
        var result = await engine.Runtime.CorrelateMessageAsync("agreementSigned", "case-1", new JsonObject { ["bankCode"] = "102" }, Actor.System);

        // Then
        Assert.Equal([mine], result.Value!.ResumedInstances);
        Assert.Equal(
            ["waitForAgreement:Activated", "start:Activated", "start:Completed", "toWait:SequenceFlowTaken", "agreementSigned:Activated",
             "agreementSigned:MessageCorrelated", "agreementSigned:Completed", "toEnd:SequenceFlowTaken", "end:Activated", "end:Completed",
             "waitForAgreement:Completed"],
            await engine.JournalAsync(mine));
        Assert.Equal("102", (string?)(await engine.Queries.InstanceAsync(mine))!.Variables["bankCode"]);
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(other))!.Status);
    }

    [Fact]
    public async Task Message_ThatMatchesNothing_IsRejectedAndChangesNothing()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("waitForAgreement", "case-1");

        // When
        var wrongKey = await engine.Runtime.CorrelateMessageAsync("agreementSigned", "case-9", null, Actor.System);
        var wrongName = await engine.Runtime.CorrelateMessageAsync("agreementRevoked", "case-1", null, Actor.System);

        // Then
        Assert.Equal(RuntimeStatus.NotFound, wrongKey.Status);
        Assert.Equal("Expected an instance waiting for message 'agreementSigned' with correlation key 'case-9', but none is.", wrongKey.Error);
        Assert.Equal(RuntimeStatus.NotFound, wrongName.Status);
        Assert.Equal(5, (await engine.JournalAsync(id)).Count);
    }

    [Fact]
    public async Task Message_DeliveredTwice_ResumesOnce()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync(Fixture);
        var id = await engine.StartAsync("waitForAgreement", "case-1");

        // When
        var first = await engine.Runtime.CorrelateMessageAsync("agreementSigned", "case-1", null, Actor.System);
        var second = await engine.Runtime.CorrelateMessageAsync("agreementSigned", "case-1", null, Actor.System);

        // Then
        Assert.True(first.IsOk);
        Assert.Equal(RuntimeStatus.NotFound, second.Status);
        Assert.Single(await engine.JournalAsync(id), e => e == "waitForAgreement:Completed");
    }

    [Fact]
    public async Task CorrelationKeyExpression_OverridesTheBusinessKey()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await DeployKeyedByIdNumberAsync(engine);
        var id = await engine.StartAsync("waitForAgreement", "case-1", new JsonObject { ["idNumber"] = "11010519491231002X" });

        // When
        var byBusinessKey = await engine.Runtime.CorrelateMessageAsync("agreementSigned", "case-1", null, Actor.System);
        var byIdNumber = await engine.Runtime.CorrelateMessageAsync("agreementSigned", "11010519491231002X", null, Actor.System);

        // Then
        Assert.Equal(RuntimeStatus.NotFound, byBusinessKey.Status);
        Assert.Equal([id], byIdNumber.Value!.ResumedInstances);
    }

    [Fact]
    public async Task Message_ResumesEveryInstanceWaitingWithItsKey_EachOnce()
    {
        // Given three instances waiting on one person's id number, and a fourth on another's
        await using var engine = await TestEngine.StartAsync();
        await DeployKeyedByIdNumberAsync(engine);
        var same = new List<Guid>();
        for (var i = 1; i <= 3; i++)
        {
            same.Add(await engine.StartAsync("waitForAgreement", $"case-{i}", new JsonObject { ["idNumber"] = "11010519491231002X" }));
        }

        var other = await engine.StartAsync("waitForAgreement", "case-4", new JsonObject { ["idNumber"] = "650102198001010011" });

        // When
        var result = await engine.Runtime.CorrelateMessageAsync("agreementSigned", "11010519491231002X", null, Actor.System);
        var again = await engine.Runtime.CorrelateMessageAsync("agreementSigned", "11010519491231002X", null, Actor.System);

        // Then
        Assert.Equal(same.Order(), result.Value!.ResumedInstances.Order());
        foreach (var id in same)
        {
            Assert.Single(await engine.JournalAsync(id), e => e == "agreementSigned:MessageCorrelated");
            Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
        }

        Assert.Equal(RuntimeStatus.NotFound, again.Status);
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(other))!.Status);
    }

    [Fact]
    public async Task BufferedMessage_WaitsForTheInstance_WhenTheDefinitionAsksForIt()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        var xml = (await File.ReadAllTextAsync(TestEngine.Fixture(Fixture))).Replace(
            "<bpmn:message id=\"agreementSignedMessage\" name=\"agreementSigned\" />",
            "<bpmn:message id=\"agreementSignedMessage\" name=\"agreementSigned\"><bpmn:extensionElements><camunda:properties>" +
            "<camunda:property name=\"bufferTimeToLive\" value=\"P1D\" /></camunda:properties></bpmn:extensionElements></bpmn:message>");
        await engine.DeployAsync(xml);

        // When
        var early = await engine.Runtime.CorrelateMessageAsync("agreementSigned", "case-1", new JsonObject { ["signedEarly"] = true }, Actor.System);
        var id = await engine.StartAsync("waitForAgreement", "case-1");

        // Then
        Assert.True(early.Value!.Buffered);
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
        Assert.Equal(true, (bool?)(await engine.Queries.InstanceAsync(id))!.Variables["signedEarly"]);
    }

    /// <summary>The fixture with its message catch correlated by the applicant's id number instead of the business key.</summary>
    private static async Task DeployKeyedByIdNumberAsync(TestEngine engine)
    {
        var xml = (await File.ReadAllTextAsync(TestEngine.Fixture(Fixture))).Replace(
            "<bpmn:messageEventDefinition messageRef=\"agreementSignedMessage\" />",
            "<bpmn:extensionElements><camunda:properties><camunda:property name=\"correlationKey\" value=\"${idNumber}\" /></camunda:properties></bpmn:extensionElements>" +
            "<bpmn:messageEventDefinition messageRef=\"agreementSignedMessage\" />");
        await engine.DeployAsync(xml);
    }
}
