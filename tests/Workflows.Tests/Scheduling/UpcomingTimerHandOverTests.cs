using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Scheduling;

namespace SocialInsurance.Workflows.Tests.Scheduling;

/// <summary>
/// A timer due later than the next minute is not a Hangfire job from its commit on: it waits in the engine's bookmark
/// table, and the minutely hand-over gives it to the scheduler in the minute before it is due. What a case's
/// multi-day timers (review due, supplement limit) cost at submission is then one row, not a second database's job.
/// </summary>
public sealed class UpcomingTimerHandOverTests
{
    private const string TimerAfterVariable = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://socialinsurance.example/test">
          <bpmn:process id="waitFor" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="toWait" sourceRef="start" targetRef="wait" />
            <bpmn:intermediateCatchEvent id="wait">
              <bpmn:timerEventDefinition><bpmn:timeDuration>${delay}</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="toEnd" sourceRef="wait" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task HandOverUpcoming_GivesTheSchedulerExactlyTheTimersDueInTheNextMinute_PageByPage()
    {
        // Given timers due at 01:00:30, 01:01:00, 01:01:30 (twice), 01:01:59, 01:02:00 and in ten days, at 01:00:10
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(TimerAfterVariable);
        engine.Time.Advance(TimeSpan.FromSeconds(10));
        var delays = new[] { "PT20S", "PT50S", "PT80S", "PT80S", "PT109S", "PT110S", "P10D" };
        var instances = new List<Guid>();
        foreach (var delay in delays)
        {
            instances.Add(await engine.StartAsync("waitFor", $"case-{instances.Count}", new JsonObject { ["delay"] = delay }));
        }

        var bookmarks = new Dictionary<Guid, Guid>();
        foreach (var instance in instances)
        {
            bookmarks[(await engine.BookmarksAsync(instance)).Single().Id] = instance;
        }

        var alreadyScheduled = engine.Scheduler.Scheduled.Count;

        // When the hand-over runs at 01:00:10 with pages of two, and again at 01:01:03
        var (from, to) = HandOverWindow.Next(engine.Time.GetUtcNow());
        var first = await engine.Runtime.HandOverUpcomingAsync(from, to, pageSize: 2);
        var firstHanded = engine.Scheduler.Scheduled.Skip(alreadyScheduled).Select(id => bookmarks[id]).ToArray();
        engine.Time.Advance(TimeSpan.FromSeconds(53));
        (from, to) = HandOverWindow.Next(engine.Time.GetUtcNow());
        var second = await engine.Runtime.HandOverUpcomingAsync(from, to, pageSize: 2);
        var secondHanded = engine.Scheduler.Scheduled.Skip(alreadyScheduled + first).Select(id => bookmarks[id]).ToArray();

        // Then the first run handed the four due in [01:01, 01:02), the second the one due at 01:02:00; none twice
        Assert.Equal(4, first);
        Assert.Equal(instances[1..5].Order(), firstHanded.Order());
        Assert.Equal(1, second);
        Assert.Equal([instances[5]], secondHanded);
    }

    [Fact]
    public async Task HandOverUpcoming_HandsNothing_WhenNoTimerFallsInTheWindow()
    {
        // Given one timer ten days ahead
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(TimerAfterVariable);
        await engine.StartAsync("waitFor", "case-1", new JsonObject { ["delay"] = "P10D" });
        var alreadyScheduled = engine.Scheduler.Scheduled.Count;

        // When
        var (from, to) = HandOverWindow.Next(engine.Time.GetUtcNow());
        var handed = await engine.Runtime.HandOverUpcomingAsync(from, to);

        // Then
        Assert.Equal(0, handed);
        Assert.Equal(alreadyScheduled, engine.Scheduler.Scheduled.Count);
    }
}
