using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Workflows.Tests.Scenarios.Migration;

/// <summary>Tokens waiting on a catch event or a receive task: their subscription moves with them.</summary>
public sealed class WaitStateMigrationTests
{
    private const string Declarations = """
        <bpmn:message id="paidMessage" name="paid" />
        <bpmn:message id="paymentMessage" name="paymentReceived" />
        <bpmn:signal id="closedSignal" name="closed" />
        """;

    private static string Catch(string id, string definition) =>
        Bpmn.Around(id, $"""<bpmn:intermediateCatchEvent id="{id}">{definition}</bpmn:intermediateCatchEvent>""", declarations: Declarations);

    /// <summary>v2 of any of these: the same wait, then a new task <c>after</c>, so the path shows which version ran.</summary>
    private static string WithTaskAfter(string id, string element) => Bpmn.Process($"""
        <bpmn:startEvent id="start" />
        {element}
        <bpmn:userTask id="after" camunda:candidateGroups="reviewers" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="toMiddle" sourceRef="start" targetRef="{id}" />
        <bpmn:sequenceFlow id="toAfter" sourceRef="{id}" targetRef="after" />
        <bpmn:sequenceFlow id="fromAfter" sourceRef="after" targetRef="end" />
        """, Declarations);

    private static string Timer(string duration) => $"<bpmn:timerEventDefinition><bpmn:timeDuration>{duration}</bpmn:timeDuration></bpmn:timerEventDefinition>";

    private const string PaidMessage = """<bpmn:messageEventDefinition messageRef="paidMessage" />""";

    [Fact]
    public async Task ReceiveTask_KeepsItsSubscription_AndTheMessageContinuesOnTheTarget()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Bpmn.Around("waitPayment", """<bpmn:receiveTask id="waitPayment" messageRef="paidMessage" />""", declarations: Declarations));
        var id = await engine.StartAsync("proc");
        var subscription = Assert.Single(await engine.BookmarksAsync(id)).Id;
        await engine.DeployAsync(WithTaskAfter("waitPayment", """<bpmn:receiveTask id="waitPayment" name="等待缴费" messageRef="paidMessage" />"""));

        // When
        await Migrations.MigratedAsync(engine, id);
        var moved = Assert.Single(await engine.BookmarksAsync(id));
        var correlated = await engine.Runtime.CorrelateMessageAsync("paid", "case-1", new JsonObject { ["amount"] = 1 }, Migrations.Admin);

        // Then
        Assert.Equal((subscription, "waitPayment", "paid"), (moved.Id, moved.ElementId, moved.MessageName));
        Assert.True(correlated.IsOk, correlated.Error);
        Assert.Equal("after", Assert.Single(await engine.BookmarksAsync(id)).ElementId);
    }

    [Fact]
    public async Task MessageCatch_WhoseMessageWasRenamed_IsReported_AndLeftOnItsVersion()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Catch("waitPaid", PaidMessage));
        var id = await engine.StartAsync("proc");
        await engine.DeployAsync(WithTaskAfter("waitPaid", """<bpmn:intermediateCatchEvent id="waitPaid"><bpmn:messageEventDefinition messageRef="paymentMessage" /></bpmn:intermediateCatchEvent>"""));
        var plan = await Migrations.PlanAsync(engine);

        // When
        var report = await Migrations.DryRunAsync(engine, plan, id);
        var outcome = await Migrations.MigrateAsync(engine, plan, id);

        // Then
        Assert.Equal((MigrationProblemCodes.Instance.EventRenamed, "waitPaid"), (Assert.Single(report.Problems).Code, report.Problems[0].ElementId));
        Assert.Equal((MigrationOutcomeKind.Failed, MigrationProblemCodes.Instance.EventRenamed), (outcome.Kind, outcome.Problems[0].Code));
        Assert.Equal("proc:1", (await engine.Queries.InstanceAsync(id))!.DefinitionId);
        Assert.Equal("paid", Assert.Single(await engine.BookmarksAsync(id)).MessageName);
    }

    [Fact]
    public async Task TimerCatch_Unchanged_KeepsItsDueTime()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Catch("wait", Timer("PT1H")));
        var id = await engine.StartAsync("proc");
        engine.Time.Advance(TimeSpan.FromMinutes(30));
        await engine.DeployAsync(WithTaskAfter("wait", $"""<bpmn:intermediateCatchEvent id="wait">{Timer("PT1H")}</bpmn:intermediateCatchEvent>"""));

        // When
        await Migrations.MigratedAsync(engine, id);
        await engine.AdvanceAsync(TimeSpan.FromMinutes(30));

        // Then: it fires when v1 said, an hour after arriving
        Assert.Equal("after", Assert.Single(await engine.BookmarksAsync(id)).ElementId);
    }

    [Fact]
    public async Task TimerCatch_WithAChangedDuration_IsReArmedFromNow()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Catch("wait", Timer("PT1H")));
        var id = await engine.StartAsync("proc");
        engine.Time.Advance(TimeSpan.FromMinutes(30));
        await engine.DeployAsync(WithTaskAfter("wait", $"""<bpmn:intermediateCatchEvent id="wait">{Timer("PT2H")}</bpmn:intermediateCatchEvent>"""));

        // When
        await Migrations.MigratedAsync(engine, id);
        await engine.AdvanceAsync(TimeSpan.FromMinutes(30));

        // Then: v1's due time passed without firing; the two hours run from the migration
        var timer = Assert.Single(await engine.BookmarksAsync(id));
        Assert.Equal((BookmarkKind.Timer, "wait"), (timer.Kind, timer.ElementId));
        Assert.Equal(engine.Time.GetUtcNow().AddMinutes(90), timer.DueAt);
        await engine.AdvanceAsync(TimeSpan.FromMinutes(90));
        Assert.Equal("after", Assert.Single(await engine.BookmarksAsync(id)).ElementId);
    }

    [Fact]
    public async Task SignalCatch_MovesAndIsReachedByABroadcast()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        const string signal = """<bpmn:signalEventDefinition signalRef="closedSignal" />""";
        await engine.DeployAsync(Catch("waitClosed", signal));
        var id = await engine.StartAsync("proc");
        await engine.DeployAsync(WithTaskAfter("waitClosed", $"""<bpmn:intermediateCatchEvent id="waitClosed">{signal}</bpmn:intermediateCatchEvent>"""));

        // When
        await Migrations.MigratedAsync(engine, id);
        await engine.Runtime.BroadcastSignalAsync("closed", null, Migrations.Admin);

        // Then
        Assert.Equal("after", Assert.Single(await engine.BookmarksAsync(id)).ElementId);
    }

    [Fact]
    public async Task ConditionalCatch_MovesAndFiresWhenItsConditionComesTrue()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        const string condition = """<bpmn:conditionalEventDefinition><bpmn:condition xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="bpmn:tFormalExpression">${approved == true}</bpmn:condition></bpmn:conditionalEventDefinition>""";
        await engine.DeployAsync(Catch("waitApproved", condition));
        var id = await engine.StartAsync("proc", variables: new JsonObject { ["approved"] = false });
        await engine.DeployAsync(WithTaskAfter("waitApproved", $"""<bpmn:intermediateCatchEvent id="waitApproved">{condition}</bpmn:intermediateCatchEvent>"""));

        // When
        await Migrations.MigratedAsync(engine, id);
        await engine.Runtime.SetVariablesAsync(id, new JsonObject { ["approved"] = true }, Migrations.Admin);

        // Then
        Assert.Equal("after", Assert.Single(await engine.BookmarksAsync(id)).ElementId);
    }

    [Fact]
    public async Task EventBasedGateway_KeepsItsUnchangedEvents_ReArmsChangedOnes_AndArmsAddedOnes()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Gateway(withSignal: false, timer: "P1D"));
        var id = await engine.StartAsync("proc");
        var message = (await engine.BookmarksAsync(id)).Single(b => b.Kind == BookmarkKind.Message);
        engine.Time.Advance(TimeSpan.FromHours(1));
        await engine.DeployAsync(Gateway(withSignal: true, timer: "P2D"));

        // When
        await Migrations.MigratedAsync(engine, id);

        // Then
        var bookmarks = await engine.BookmarksAsync(id);
        Assert.Equal(["closedEvent", "paidEvent", "timeout"], bookmarks.Select(b => b.ElementId).Order(StringComparer.Ordinal));
        Assert.Equal(message.Id, bookmarks.Single(b => b.ElementId == "paidEvent").Id);
        Assert.Equal(engine.Time.GetUtcNow().AddDays(2), bookmarks.Single(b => b.ElementId == "timeout").DueAt);
        Assert.Equal("closed", bookmarks.Single(b => b.ElementId == "closedEvent").MessageName);
        await engine.Runtime.BroadcastSignalAsync("closed", null, Migrations.Admin);
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    private static string Gateway(bool withSignal, string timer) => Bpmn.Process($"""
        <bpmn:startEvent id="start" />
        <bpmn:eventBasedGateway id="which" />
        <bpmn:intermediateCatchEvent id="paidEvent">{PaidMessage}</bpmn:intermediateCatchEvent>
        <bpmn:intermediateCatchEvent id="timeout">{Timer(timer)}</bpmn:intermediateCatchEvent>
        {(withSignal ? """<bpmn:intermediateCatchEvent id="closedEvent"><bpmn:signalEventDefinition signalRef="closedSignal" /></bpmn:intermediateCatchEvent>""" : "")}
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="toWhich" sourceRef="start" targetRef="which" />
        <bpmn:sequenceFlow id="toPaid" sourceRef="which" targetRef="paidEvent" />
        <bpmn:sequenceFlow id="toTimeout" sourceRef="which" targetRef="timeout" />
        {(withSignal ? """<bpmn:sequenceFlow id="toClosed" sourceRef="which" targetRef="closedEvent" /><bpmn:sequenceFlow id="closedToEnd" sourceRef="closedEvent" targetRef="end" />""" : "")}
        <bpmn:sequenceFlow id="paidToEnd" sourceRef="paidEvent" targetRef="end" />
        <bpmn:sequenceFlow id="timeoutToEnd" sourceRef="timeout" targetRef="end" />
        """, Declarations);
}
