using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Testing;

namespace SocialInsurance.Workflows.Tests.Scenarios.Tasks;

public sealed class TaskKindScenarioTests
{
    [Fact]
    public async Task TaskManualTaskNoneThrowAndLink_PassThrough_WithoutWaiting()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Tasks/pass-through.bpmn");

        // When
        var id = await engine.StartAsync("passThrough");

        // Then
        Assert.Equal(
            ["passThrough:Activated", "start:Activated", "start:Completed", "toCheck:SequenceFlowTaken",
             "checkPaperFile:Activated", "checkPaperFile:Completed", "toStamp:SequenceFlowTaken",
             "stamp:Activated", "stamp:Completed", "toMilestone:SequenceFlowTaken",
             "filed:Activated", "filed:Completed", "toJump:SequenceFlowTaken",
             "goToArchive:Activated", "goToArchive:Completed", "archiveHere:Activated", "archiveHere:Completed",
             "toEnd:SequenceFlowTaken", "end:Activated", "end:Completed", "passThrough:Completed"],
            await engine.JournalAsync(id));
    }

    [Fact]
    public async Task SendTaskAndReceiveTask_PublishByTopic_ThenWaitForTheMessage()
    {
        // Given
        var activities = new TestActivities("test.publish", "test.notify");
        activities.On("test.publish", _ => ActivityResult.With(("requestId", "R-1"), ("noise", "x")));
        await using var engine = await TestEngine.StartAsync(activities);
        await engine.DeployFixtureAsync("Scenarios/Tasks/send-receive.bpmn");
        var id = await engine.StartAsync("sendReceive", "case-7", new JsonObject { ["idNumber"] = "650102199001011234" });
        var beforeMessage = await engine.JournalAsync(id);

        // When
        var correlated = await engine.Runtime.CorrelateMessageAsync("contributionRecord", "case-7", new JsonObject { ["months"] = 180 }, Actor.System);

        // Then
        Assert.True(correlated.IsOk, correlated.Error);
        Assert.Equal(
            ["sendReceive:Activated", "start:Activated", "start:Completed", "toSend:SequenceFlowTaken",
             "requestRecord:Activated", "requestRecord:Completed", "toReceive:SequenceFlowTaken", "awaitRecord:Activated"],
            beforeMessage);
        Assert.Equal(
            ["awaitRecord:MessageCorrelated", "awaitRecord:Completed", "toNotify:SequenceFlowTaken",
             "noted:Activated", "noted:Completed", "toEnd:SequenceFlowTaken",
             "notifyApplicant:Activated", "notifyApplicant:Completed", "sendReceive:Completed"],
            (await engine.JournalAsync(id)).Skip(beforeMessage.Count));
        Assert.Equal(["test.publish", "test.notify"], activities.Calls.Select(c => c.Topic));
        Assert.Equal("650102199001011234", (string?)activities.Calls.First().Context.Inputs["subject"]);
        Assert.Equal(180, activities.Calls.Last().Context.Inputs["months"]!.GetValue<int>());
        var variables = (await engine.Queries.InstanceAsync(id))!.Variables;
        Assert.Equal("R-1", (string?)variables["requestId"]);
        Assert.Equal(180, variables["paidMonths"]!.GetValue<int>());
        Assert.False(variables.ContainsKey("noise"));
        Assert.False(variables.ContainsKey("months"));
    }

    [Fact]
    public async Task ReceiveTask_InterruptedByItsBoundaryTimer_DropsItsSubscription()
    {
        // Given
        var activities = new TestActivities("test.publish", "test.notify");
        activities.On("test.publish", _ => ActivityResult.With(("requestId", "R-2")));
        await using var engine = await TestEngine.StartAsync(activities);
        var xml = (await File.ReadAllTextAsync(TestEngine.Fixture("Scenarios/Tasks/send-receive.bpmn"))).Replace(
            "<bpmn:sequenceFlow id=\"toNotify\"",
            "<bpmn:boundaryEvent id=\"tooLate\" attachedToRef=\"awaitRecord\"><bpmn:timerEventDefinition><bpmn:timeDuration>P5D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>" +
            "<bpmn:sequenceFlow id=\"toGiveUp\" sourceRef=\"tooLate\" targetRef=\"gaveUp\" /><bpmn:endEvent id=\"gaveUp\" />" +
            "<bpmn:sequenceFlow id=\"toNotify\"");
        await engine.DeployAsync(xml);
        var id = await engine.StartAsync("sendReceive", "case-7", new JsonObject { ["idNumber"] = "x" });

        // When
        await engine.AdvanceAsync(TimeSpan.FromDays(6));
        var late = await engine.Runtime.CorrelateMessageAsync("contributionRecord", "case-7", null, Actor.System);

        // Then
        Assert.Equal(
            ["awaitRecord:Terminated", "tooLate:Activated", "tooLate:Completed", "toGiveUp:SequenceFlowTaken",
             "gaveUp:Activated", "gaveUp:Completed", "sendReceive:Completed"],
            (await engine.JournalAsync(id)).SkipWhile(e => e != "awaitRecord:Terminated"));
        Assert.False(late.IsOk);
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(id))!.Status);
    }
}
