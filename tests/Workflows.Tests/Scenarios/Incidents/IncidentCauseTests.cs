using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Pipeline;

namespace SocialInsurance.Workflows.Tests.Scenarios.Incidents;

/// <summary>
/// Each kind of incident is stored with its code and arguments beside the engine's English message, so a host can
/// write it in its users' language; a script's or job's own error text is kept apart, as the <c>detail</c>. (Kinds
/// raised in their own scenarios are asserted there: gateways, multi-instance, call activities, business rules, jobs.)
/// </summary>
public sealed class IncidentCauseTests
{
    private static async Task<Incident> IncidentOfAsync(TestEngine engine, string xml, JsonObject? variables = null)
    {
        await engine.DeployAsync(xml);
        var id = await engine.StartAsync("proc", variables: variables);
        return Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, id));
    }

    [Fact]
    public async Task ScriptTask_ThatThrows_KeepsTheScriptsOwnTextAsTheDetail()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();

        // When
        var incident = await IncidentOfAsync(engine, Bpmn.Around("compute",
            """<bpmn:scriptTask id="compute" scriptFormat="javascript"><bpmn:script>throw new Error('缺少缴费基数');</bpmn:script></bpmn:scriptTask>"""));

        // Then
        Assert.Equal("Script failed: 缺少缴费基数", incident.Message);
        IncidentAssert.HasCause(incident, IncidentCodes.ScriptFailed, ("detail", "缺少缴费基数"));
        var journalled = (await engine.JournalEntriesAsync(incident.InstanceId)).Single(e => e.Event == JournalEvents.IncidentCreated);
        var data = JsonNode.Parse(journalled.Data!)!;
        Assert.Equal(("Script failed: 缺少缴费基数", "incident.scriptFailed", "缺少缴费基数"),
            ((string?)data["message"], (string?)data["code"], (string?)data["args"]!["detail"]));
    }

    [Fact]
    public async Task Condition_ThatCannotBeEvaluated_NamesTheExpression()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();

        // When
        var incident = await IncidentOfAsync(engine, Bpmn.Process($"""
            <bpmn:startEvent id="start" />
            <bpmn:exclusiveGateway id="decide" default="otherwise" />
            <bpmn:endEvent id="end" />
            {Bpmn.Flow("toDecide", "start", "decide")}
            {Bpmn.Flow("high", "decide", "end", "${missing.amount > 1}")}
            {Bpmn.Flow("otherwise", "decide", "end")}
            """));

        // Then
        Assert.Equal("decide", incident.ElementId);
        Assert.Equal(IncidentCodes.ExpressionFailed.Code, incident.Code);
        Assert.Equal("${missing.amount > 1}", incident.Args!["expression"]);
        Assert.Contains("missing", incident.Args["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceTask_WhoseHandlerThrows_IsAnElementFailure_WithTheHandlersText()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();

        // When
        var incident = await IncidentOfAsync(engine, Bpmn.Around("callBureau",
            """<bpmn:serviceTask id="callBureau" camunda:type="external" camunda:topic="test.fail" />"""));

        // Then
        IncidentAssert.HasCause(incident, IncidentCodes.ElementFailed, ("exception", "InvalidOperationException"), ("detail", "the tax bureau did not answer"));
    }

    [Fact]
    public async Task ServiceTask_WhoseTopicIsNoLongerRegistered_NamesTheTopic()
    {
        // Given: deployed where the topic was known, started on a node that no longer has it
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        await using var deployer = await TestEngine.StartAsync(new TestActivities("test.echo", "test.retired"), time: time);
        await deployer.DeployAsync(Bpmn.Around("callBureau", """<bpmn:serviceTask id="callBureau" camunda:type="external" camunda:topic="test.retired" />"""));
        await using var engine = await TestEngine.StartAsync(new TestActivities("test.echo"), deployer.DatabasePath, time);

        // When
        var id = await engine.StartAsync("proc");

        // Then
        var incident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, id));
        IncidentAssert.HasCause(incident, IncidentCodes.HandlerMissing, ("topic", "test.retired"));
    }

    [Fact]
    public async Task Loop_WithoutAWaitState_IsStoppedByTheGuard_WithItsLimit()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();

        // When
        var incident = await IncidentOfAsync(engine, Bpmn.Process($"""
            <bpmn:startEvent id="start" />
            <bpmn:exclusiveGateway id="join" />
            <bpmn:task id="spin" />
            <bpmn:exclusiveGateway id="again" default="back" />
            <bpmn:endEvent id="end" />
            {Bpmn.Flow("toJoin", "start", "join")}
            {Bpmn.Flow("toSpin", "join", "spin")}
            {Bpmn.Flow("toAgain", "spin", "again")}
            {Bpmn.Flow("back", "again", "join")}
            {Bpmn.Flow("out", "again", "end", "${false}")}
            """));

        // Then
        IncidentAssert.HasCause(incident, IncidentCodes.LoopGuard, ("limit", LoopGuardMiddleware.MaxActivationsPerStep.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Timer_WhoseExpressionGivesNoDuration_IsADateOrDurationIncident_WithTheReadersText()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();

        // When
        var incident = await IncidentOfAsync(engine, Bpmn.Around("wait",
            """<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>${due}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"""),
            new JsonObject { ["due"] = "soon" });

        // Then
        Assert.Equal(IncidentCodes.DateOrDurationInvalid.Code, incident.Code);
        Assert.Equal(["detail"], incident.Args!.Keys);
        Assert.Contains("soon", incident.Args["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptError_LongerThanTheMessageColumn_IsCut_AndTheIncidentIsStored()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();

        // When
        var incident = await IncidentOfAsync(engine, Bpmn.Around("compute",
            """<bpmn:scriptTask id="compute" scriptFormat="javascript"><bpmn:script>throw new Error('x'.repeat(10000));</bpmn:script></bpmn:scriptTask>"""));

        // Then
        Assert.Equal(IncidentCause.MaxMessageLength, incident.Message.Length);
        Assert.Equal(IncidentCause.MaxArgumentLength, incident.Args!["detail"].Length);
    }
}
