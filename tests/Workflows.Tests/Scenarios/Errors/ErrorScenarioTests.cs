using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Tests.Scenarios.Incidents;

namespace SocialInsurance.Workflows.Tests.Scenarios.Errors;

public sealed class ErrorScenarioTests
{
    [Fact]
    public async Task ErrorEndEvent_IsCaughtByTheBoundaryOfItsSubProcess_WhichEndsTheSubProcess()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Errors/error-end.bpmn");

        // When
        var id = await engine.StartAsync("errorEnd", variables: new JsonObject { ["otherRegion"] = "乌鲁木齐" });

        // Then
        Assert.Equal(
            ["errorEnd:Activated", "start:Activated", "start:Completed", "toCheck:SequenceFlowTaken",
             "checkInsurance:Activated", "checkStart:Activated", "checkStart:Completed", "toDecide:SequenceFlowTaken",
             "insuredElsewhere:Activated", "insuredElsewhere:Completed", "elsewhere:SequenceFlowTaken",
             "alreadyInsured:Activated", "alreadyInsured:ErrorThrown", "alreadyInsured:Terminated", "checkInsurance:Terminated",
             "onAlreadyInsured:Activated", "onAlreadyInsured:Completed", "toRejected:SequenceFlowTaken",
             "rejected:Activated", "rejected:Completed", "errorEnd:Completed"],
            await engine.JournalAsync(id));
        Assert.Equal("ALREADY_INSURED", (string?)(await engine.Queries.InstanceAsync(id))!.Variables["rejectionCode"]);
    }

    [Fact]
    public async Task ErrorEndEvent_IsNotThrown_WhenItsBranchIsNotTaken()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Errors/error-end.bpmn");

        // When
        var id = await engine.StartAsync("errorEnd", variables: new JsonObject { ["otherRegion"] = null });

        // Then
        var journal = await engine.JournalAsync(id);
        Assert.Equal(["checkInsurance:Completed", "toApproved:SequenceFlowTaken", "approved:Activated", "approved:Completed", "errorEnd:Completed"],
            journal.TakeLast(5));
        Assert.DoesNotContain("onAlreadyInsured:Activated", journal);
    }

    [Fact]
    public async Task ServiceTaskError_TwoScopesDown_IsCaughtByTheNearestMatchingBoundary()
    {
        // Given: the inner boundary catches only TIMEOUT; the outer one catches everything
        var activities = new TestActivities("test.lookup");
        activities.On("test.lookup", _ => throw new BpmnErrorException("ALREADY_INSURED", "已在异地参保"));
        await using var engine = await TestEngine.StartAsync(activities);
        await engine.DeployFixtureAsync("Scenarios/Errors/nested-service-error.bpmn");

        // When
        var id = await engine.StartAsync("nestedError");

        // Then
        Assert.Equal(
            ["lookup:Activated", "lookup:ErrorThrown", "lookup:Terminated", "inner:Terminated", "outer:Terminated",
             "onAnyError:Activated", "onAnyError:Completed", "toHandled:SequenceFlowTaken", "handled:Activated",
             "handled:Completed", "nestedError:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "lookup:Activated"));
        var variables = (await engine.Queries.InstanceAsync(id))!.Variables;
        Assert.Equal("ALREADY_INSURED", (string?)variables["errorCode"]);
        Assert.Equal("已在异地参保", (string?)variables["errorMessage"]);
        Assert.Empty(await engine.Queries.IncidentsAsync(openOnly: true, id));
    }

    [Fact]
    public async Task ServiceTaskError_WithTheInnerCode_IsCaughtInside_AndTheOuterScopeGoesOn()
    {
        // Given
        var activities = new TestActivities("test.lookup");
        activities.On("test.lookup", _ => throw new BpmnErrorException("TIMEOUT"));
        await using var engine = await TestEngine.StartAsync(activities);
        await engine.DeployFixtureAsync("Scenarios/Errors/nested-service-error.bpmn");

        // When
        var id = await engine.StartAsync("nestedError");

        // Then
        Assert.Equal(
            ["lookup:ErrorThrown", "lookup:Terminated", "inner:Terminated", "onTimeout:Activated", "onTimeout:Completed",
             "toRetryLater:SequenceFlowTaken", "retryLater:Activated", "retryLater:Completed", "outer:Completed",
             "toDone:SequenceFlowTaken", "done:Activated", "done:Completed", "nestedError:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "lookup:ErrorThrown"));
    }

    [Fact]
    public async Task ScriptError_NobodyCatches_BecomesAnIncident_NotASilentEnd()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Bpmn.Around("calc",
            """<bpmn:scriptTask id="calc" scriptFormat="javascript"><bpmn:script>try { execution.throwBpmnError('NOT_ELIGIBLE', 'too young'); } catch (e) { }</bpmn:script></bpmn:scriptTask>"""));

        // When
        var id = await engine.StartAsync("proc");

        // Then
        Assert.Equal(["calc:Activated", "calc:ErrorThrown", "calc:IncidentCreated"], (await engine.JournalAsync(id)).TakeLast(3));
        var incident = Assert.Single(await engine.Queries.IncidentsAsync(openOnly: true, id));
        Assert.Equal("Expected an error boundary event to catch BPMN error 'NOT_ELIGIBLE' thrown by scriptTask 'calc', but none does (message: too young).", incident.Message);
        IncidentAssert.HasCause(incident, IncidentCodes.ErrorNotCaught, ("error", "NOT_ELIGIBLE"), ("detail", "too young"));
        Assert.Equal(InstanceStatus.Active, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task NonInterruptingEscalation_StartsTheBoundaryPath_AndTheThrowerGoesOn()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Errors/escalation.bpmn");

        // When
        var id = await engine.StartAsync("escalation");

        // Then
        Assert.Equal(
            ["late:Activated", "late:EscalationThrown", "onLate:Activated", "onLate:Completed", "toSupervisor:SequenceFlowTaken",
             "late:Completed", "toDecide:SequenceFlowTaken", "supervisor:Activated", "decide:Activated"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "late:Activated"));
        Assert.Equal("REVIEW_LATE", (string?)(await engine.Queries.InstanceAsync(id))!.Variables["escalated"]);

        // When both tasks are done
        await engine.Runtime.CompleteTaskAsync(await engine.OpenTaskAsync(id, "decide"), Actor.System, null);
        await engine.Runtime.CompleteTaskAsync(await engine.OpenTaskAsync(id, "supervisor"), Actor.System, null);

        // Then
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task EscalationEnd_NobodyCatches_IsIgnored_AsInCamunda()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        var xml = Bpmn.Process(
            """<bpmn:startEvent id="start" /><bpmn:endEvent id="end"><bpmn:escalationEventDefinition escalationRef="e" /></bpmn:endEvent>""" +
            Bpmn.Flow("f", "start", "end"), """<bpmn:escalation id="e" escalationCode="LATE" />""");
        await engine.DeployAsync(xml);

        // When
        var id = await engine.StartAsync("proc");

        // Then
        Assert.Equal(["end:Activated", "end:EscalationThrown", "end:Completed", "proc:Completed"], (await engine.JournalAsync(id)).TakeLast(4));
    }
}
