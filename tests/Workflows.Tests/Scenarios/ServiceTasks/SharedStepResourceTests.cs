using SocialInsurance.Testing;
using SocialInsurance.Workflows.Activities;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Workflows.Tests.Scenarios.ServiceTasks;

/// <summary>
/// <see cref="IStepTransaction.Shared{T}"/>: one resource for all the handlers of a step, dropped when a rollback to a
/// savepoint may have undone what it saw, and disposed when the step ends.
/// </summary>
public sealed class SharedStepResourceTests
{
    private const string TwoTasks = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://socialinsurance.example/test">
          <bpmn:process id="twoTasks" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="toFirst" sourceRef="start" targetRef="first" />
            <bpmn:serviceTask id="first" camunda:type="external" camunda:topic="test.first" />
            <bpmn:sequenceFlow id="toSecond" sourceRef="first" targetRef="second" />
            <bpmn:serviceTask id="second" camunda:type="external" camunda:topic="test.second" />
            <bpmn:sequenceFlow id="toEnd" sourceRef="second" targetRef="end" />
            <bpmn:endEvent id="end" />
            <bpmn:boundaryEvent id="onRefused" attachedToRef="first">
              <bpmn:errorEventDefinition />
            </bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="toSecondAnyway" sourceRef="onRefused" targetRef="second" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task HandlersOfOneStep_ShareOneResource_DisposedWhenTheStepEnds()
    {
        // Given
        var seen = new List<Resource>();
        var activities = new TestActivities("test.first", "test.second");
        activities.On("test.first", context => Use(context, seen));
        activities.On("test.second", context => Use(context, seen));
        await using var engine = await TestEngine.StartAsync(activities);
        await engine.DeployAsync(TwoTasks);

        // When
        await engine.StartAsync("twoTasks");

        // Then
        Assert.Equal(2, seen.Count);
        Assert.Same(seen[0], seen[1]);
        Assert.True(seen[0].Disposed);
    }

    [Fact]
    public async Task RollbackToAHandlersSavepoint_DropsTheResource_TheNextHandlerGetsAFreshOne()
    {
        // Given: the first task changes the shared resource, then fails with a BPMN error caught on its boundary
        var seen = new List<Resource>();
        var activities = new TestActivities("test.first", "test.second");
        activities.On("test.first", context =>
        {
            Use(context, seen);
            seen[^1].Changed = true;
            throw new BpmnErrorException("REFUSED");
        });
        activities.On("test.second", context => Use(context, seen));
        await using var engine = await TestEngine.StartAsync(activities);
        await engine.DeployAsync(TwoTasks);

        // When
        await engine.StartAsync("twoTasks");

        // Then: what the failed handler left in it never reaches the next one
        Assert.Equal(2, seen.Count);
        Assert.NotSame(seen[0], seen[1]);
        Assert.True(seen[0].Disposed);
        Assert.False(seen[1].Changed);
        Assert.True(seen[1].Disposed);
    }

    private static ActivityResult Use(ActivityContext context, List<Resource> seen)
    {
        seen.Add(context.Transaction.Shared(() => new Resource()));
        return ActivityResult.Empty;
    }

    private sealed class Resource : IAsyncDisposable
    {
        public bool Changed { get; set; }

        public bool Disposed { get; private set; }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
