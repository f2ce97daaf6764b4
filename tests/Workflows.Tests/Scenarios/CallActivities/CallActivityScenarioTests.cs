using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Workflows.Tests.Scenarios.Incidents;

namespace SocialInsurance.Workflows.Tests.Scenarios.CallActivities;

public sealed class CallActivityScenarioTests
{
    private static JsonObject Applicant() => new() { ["applicant"] = "zhang", ["missing"] = new JsonArray("户口簿", "照片") };

    private static async Task<TestEngine> EnrollmentEngineAsync()
    {
        var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/CallActivities/correction.bpmn");
        await engine.DeployFixtureAsync("Scenarios/CallActivities/enrollment-with-correction.bpmn");
        return engine;
    }

    private static async Task<Guid> ChildOfAsync(TestEngine engine, Guid parentId, string elementId) =>
        Guid.Parse((string)JsonNode.Parse((await engine.JournalEntriesAsync(parentId))
            .Last(e => e.ElementId == elementId && e.Event == JournalEvents.CalledInstanceStarted).Data!)!["instanceId"]!);

    [Fact]
    public async Task CallActivity_StartsTheCalledProcess_AsALinkedChildWithItsInputs()
    {
        // Given
        await using var engine = await EnrollmentEngineAsync();

        // When
        var id = await engine.StartAsync("enrollment", businessKey: "650102199001011234", variables: Applicant());

        // Then
        Assert.Equal(
            ["enrollment:Activated", "start:Activated", "start:Completed", "toCorrect:SequenceFlowTaken",
             "correct:Activated", "correct:CalledInstanceStarted"],
            await engine.JournalAsync(id));
        var child = (await engine.Queries.InstanceAsync(await ChildOfAsync(engine, id, "correct")))!;
        Assert.Equal(("correction", id, "650102199001011234"), (child.ProcessKey, child.ParentInstanceId!.Value, child.BusinessKey));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["applicant"] = "zhang", ["missingCount"] = 2 }, child.Variables));
        Assert.Equal(
            ["correction:Activated", "start:Activated", "start:Completed", "toFix:SequenceFlowTaken", "fix:Activated"],
            await engine.JournalAsync(child.Id));
        Assert.Equal("zhang", (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = child.Id })).Items.Single().Assignee);
    }

    [Fact]
    public async Task CallActivity_Continues_WhenTheChildCompletes_WithTheOutputsMappedBack()
    {
        // Given
        await using var engine = await EnrollmentEngineAsync();
        var id = await engine.StartAsync("enrollment", variables: Applicant());
        var childId = await ChildOfAsync(engine, id, "correct");

        // When
        var task = (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = childId })).Items.Single();
        var done = await engine.Runtime.CompleteTaskAsync(task.Id, Actor.User("zhang"), new JsonObject { ["givenUp"] = false, ["corrected"] = "新照片" });

        // Then
        Assert.True(done.IsOk, done.Error);
        Assert.Equal(["fix:Completed", "toDecide:SequenceFlowTaken", "decide:Activated", "decide:Completed", "toFixed:SequenceFlowTaken",
                      "fixed:Activated", "fixed:Completed", "correction:Completed"],
            (await engine.JournalAsync(childId)).SkipWhile(e => e != "fix:Completed"));
        Assert.Equal(["correct:CalledInstanceStarted", "correct:Completed", "toDone:SequenceFlowTaken", "done:Activated", "done:Completed", "enrollment:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "correct:CalledInstanceStarted"));
        var parent = (await engine.Queries.InstanceAsync(id))!;
        Assert.Equal("新照片", (string?)parent.Variables["correctedData"]);
        Assert.False(parent.Variables.ContainsKey("givenUp"));
    }

    [Fact]
    public async Task ChildError_IsCaughtByTheCallActivitysBoundary_AndEndsTheChild()
    {
        // Given
        await using var engine = await EnrollmentEngineAsync();
        var id = await engine.StartAsync("enrollment", variables: Applicant());
        var childId = await ChildOfAsync(engine, id, "correct");

        // When
        var task = (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = childId })).Items.Single();
        await engine.Runtime.CompleteTaskAsync(task.Id, Actor.User("zhang"), new JsonObject { ["givenUp"] = true });

        // Then
        Assert.Equal(["toGaveUp:SequenceFlowTaken", "gaveUp:Activated", "gaveUp:ErrorThrown", "gaveUp:Terminated", "correction:Terminated"],
            (await engine.JournalAsync(childId)).SkipWhile(e => e != "toGaveUp:SequenceFlowTaken"));
        Assert.Equal(["correct:CalledInstanceStarted", "correct:ErrorThrown", "correct:Terminated", "onRejected:Activated", "onRejected:Completed",
                      "toRejected:SequenceFlowTaken", "rejected:Activated", "rejected:Completed", "enrollment:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "correct:CalledInstanceStarted"));
        Assert.Equal(InstanceStatus.Terminated, (await engine.Queries.InstanceAsync(childId))!.Status);
        Assert.Equal("REJECTED", (string?)(await engine.Queries.InstanceAsync(id))!.Variables["rejection"]);
        Assert.Empty(await engine.Queries.IncidentsAsync(openOnly: true, childId));
    }

    [Fact]
    public async Task ErrorThrownTwoLevelsDown_IsCaughtByTheTopBoundary_AndEndsEveryInstanceBelow()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        var deployed = await engine.Deployments.DeployAsync(await File.ReadAllTextAsync(TestEngine.Fixture("Scenarios/CallActivities/three-levels.bpmn")),
            "three-levels.bpmn", "test", publish: true, CancellationToken.None);
        Assert.Empty(deployed.Issues);

        // When
        var id = await engine.StartAsync("parent", variables: new JsonObject { ["otherRegion"] = "喀什" });

        // Then
        Assert.Equal(
            ["parent:Activated", "parentStart:Activated", "parentStart:Completed", "toCallMiddle:SequenceFlowTaken",
             "callMiddle:Activated", "callMiddle:CalledInstanceStarted", "callMiddle:ErrorThrown", "callMiddle:Terminated",
             "onInsured:Activated", "onInsured:Completed", "toRefused:SequenceFlowTaken", "refused:Activated", "refused:Completed",
             "parent:Completed"],
            await engine.JournalAsync(id));
        var middleId = await ChildOfAsync(engine, id, "callMiddle");
        var checkId = await ChildOfAsync(engine, middleId, "callCheck");
        Assert.Equal(
            ["callCheck:CalledInstanceStarted", "callCheck:ErrorThrown", "callCheck:Terminated", "review:Terminated", "middle:Terminated"],
            (await engine.JournalAsync(middleId)).SkipWhile(e => e != "callCheck:CalledInstanceStarted"));
        Assert.Equal(["lookup:Activated", "lookup:ErrorThrown", "lookup:Terminated", "check:Terminated"],
            (await engine.JournalAsync(checkId)).SkipWhile(e => e != "lookup:Activated"));
        Assert.Equal(InstanceStatus.Terminated, (await engine.Queries.InstanceAsync(middleId))!.Status);
        Assert.Equal(InstanceStatus.Terminated, (await engine.Queries.InstanceAsync(checkId))!.Status);
        Assert.Empty((await engine.Queries.TasksAsync(new TaskQuery { InstanceId = middleId })).Items);
        Assert.Equal("已在喀什参保", (string?)(await engine.Queries.InstanceAsync(id))!.Variables["why"]);
    }

    [Fact]
    public async Task ChildError_NobodyCatches_IsAnIncidentOnTheThrower_AndTheParentWaits()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/CallActivities/correction.bpmn");
        await engine.DeployAsync(Bpmn.Around("correct",
            """<bpmn:callActivity id="correct" calledElement="correction"><bpmn:extensionElements><camunda:in variables="all" /></bpmn:extensionElements></bpmn:callActivity>"""));
        var id = await engine.StartAsync("proc", variables: Applicant());
        var childId = await ChildOfAsync(engine, id, "correct");

        // When
        var task = (await engine.Queries.TasksAsync(new TaskQuery { InstanceId = childId })).Items.Single();
        await engine.Runtime.CompleteTaskAsync(task.Id, Actor.System, new JsonObject { ["givenUp"] = true });

        // Then
        var incident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, childId));
        Assert.Equal("gaveUp", incident.ElementId);
        Assert.Equal(["correct:CalledInstanceStarted", "correct:ErrorThrown", "correct:IncidentCreated"], (await engine.JournalAsync(id)).TakeLast(3));
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task ChildIncident_ShowsOnTheCallActivity_AndIsResolvedWithTheChilds()
    {
        // Given a child whose script fails for want of a variable
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Bpmn.Definitions("""
            <bpmn:process id="calc" isExecutable="true">
              <bpmn:startEvent id="start" /><bpmn:sequenceFlow id="toAmount" sourceRef="start" targetRef="amount" />
              <bpmn:scriptTask id="amount" scriptFormat="javascript" camunda:resultVariable="monthly"><bpmn:script>base * 0.2</bpmn:script></bpmn:scriptTask>
              <bpmn:sequenceFlow id="toEnd" sourceRef="amount" targetRef="end" /><bpmn:endEvent id="end" />
            </bpmn:process>
            """));
        await engine.DeployAsync(Bpmn.Around("correct",
            """<bpmn:callActivity id="correct" calledElement="calc"><bpmn:extensionElements><camunda:out source="monthly" target="monthly" /></bpmn:extensionElements></bpmn:callActivity>"""));
        var id = await engine.StartAsync("proc");
        var childId = await ChildOfAsync(engine, id, "correct");
        var parentIncident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, id));
        var childIncident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, childId));

        // When the administrator fixes the child's data and retries the child's incident
        await engine.Runtime.SetVariablesAsync(childId, new JsonObject { ["base"] = 5000 }, Actor.System);
        var retried = await engine.Runtime.RetryIncidentAsync(childIncident.Id, Actor.System);

        // Then
        Assert.True(retried.IsOk, retried.Error);
        Assert.Equal("correct", parentIncident.ElementId);
        Assert.StartsWith($"Called instance {childId} (calc) has an incident at 'amount': ", parentIncident.Message);
        IncidentAssert.HasCause(parentIncident, IncidentCodes.CalledInstanceFailed, ("instanceId", childId.ToString()), ("process", "calc"), ("element", "amount"));
        IncidentAssert.HasCause(childIncident, IncidentCodes.ScriptFailed, ("detail", "base is not defined"));
        Assert.Empty(await engine.Queries.IncidentsAsync(openOnly: true, id));
        var parent = (await engine.Queries.InstanceAsync(id))!;
        Assert.Equal((InstanceStatus.Completed, 0, 1000.0), (parent.Status, parent.OpenIncidents, (double)parent.Variables["monthly"]!));
        Assert.Equal(["correct:CalledInstanceStarted", "correct:IncidentCreated", "correct:Completed", "fromMiddle:SequenceFlowTaken", "end:Activated", "end:Completed", "proc:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "correct:CalledInstanceStarted"));
    }

    [Fact]
    public async Task CancellingTheParent_CancelsItsChild()
    {
        // Given
        await using var engine = await EnrollmentEngineAsync();
        var id = await engine.StartAsync("enrollment", variables: Applicant());
        var childId = await ChildOfAsync(engine, id, "correct");

        // When
        var cancelled = await engine.Runtime.CancelInstanceAsync(id, Actor.System, "withdrawn");

        // Then
        Assert.True(cancelled.IsOk, cancelled.Error);
        Assert.Equal(InstanceStatus.Terminated, (await engine.Queries.InstanceAsync(childId))!.Status);
        Assert.Equal(["fix:Terminated", "correction:Terminated"], (await engine.JournalAsync(childId)).TakeLast(2));
        Assert.Empty((await engine.Queries.TasksAsync(new TaskQuery { InstanceId = childId })).Items);
    }

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

    [Fact]
    public async Task ParallelMultiInstanceCallActivity_StartsOneChildPerItem_AndContinuesAfterAll()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/CallActivities/correction.bpmn");
        await engine.DeployAsync(Bpmn.Around("correct", """
            <bpmn:callActivity id="correct" calledElement="correction">
              <bpmn:extensionElements><camunda:in source="member" target="applicant" /></bpmn:extensionElements>
              <bpmn:multiInstanceLoopCharacteristics camunda:collection="members" camunda:elementVariable="member" />
            </bpmn:callActivity>
            """));
        var id = await engine.StartAsync("proc", variables: new JsonObject { ["members"] = new JsonArray("zhang", "li") });

        // When
        foreach (var assignee in new[] { "zhang", "li" })
        {
            var task = (await engine.Queries.TasksAsync(new TaskQuery { Assignee = assignee })).Items.Single();
            await engine.Runtime.CompleteTaskAsync(task.Id, Actor.User(assignee), new JsonObject { ["givenUp"] = false });
        }

        // Then
        Assert.Equal(
            ["correct:Activated", "correct:Activated", "correct:CalledInstanceStarted", "correct:Activated", "correct:CalledInstanceStarted",
             "correct:Completed", "correct:Completed", "correct:Completed", "fromMiddle:SequenceFlowTaken", "end:Activated", "end:Completed", "proc:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "correct:Activated"));
    }
}
