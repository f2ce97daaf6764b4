using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Scheduling;
using SocialInsurance.Workflows.Scheduling.Jobs;

namespace SocialInsurance.Workflows.Tests.Scheduling.Hangfire;

/// <summary>
/// Hangfire starts delayed jobs by whole seconds, so a job can start before its timer is due. It must neither fire
/// early nor be dropped (left to the overdue sweep, minutes later): it fires when due.
/// </summary>
public sealed class EarlyTimerTests
{
    private const string TwoSecondTimer = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://socialinsurance.example/test">
          <bpmn:process id="shortTimer" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="toWait" sourceRef="start" targetRef="wait" />
            <bpmn:intermediateCatchEvent id="wait">
              <bpmn:timerEventDefinition><bpmn:timeDuration>PT2S</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="toEnd" sourceRef="wait" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task BookmarkJob_SchedulesTheRemainder_WhenItStartsBeforeTheTimerIsDue()
    {
        // Given a PT2S timer started at a fractional second, due at 01:00:02.300
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(TwoSecondTimer);
        engine.Time.Advance(TimeSpan.FromMilliseconds(300));
        var instanceId = await engine.StartAsync("shortTimer");
        var (bookmarkId, due) = engine.Scheduler.Pending.Single();
        engine.Scheduler.TakeDue(DateTimeOffset.MaxValue);
        var job = ActivatorUtilities.CreateInstance<BookmarkJob>(engine.Services);

        // When Hangfire starts the job at 01:00:02.000, and later the clock reaches the due time
        engine.Time.SetUtcNow(due - TimeSpan.FromMilliseconds(300));
        await job.RunAsync(bookmarkId, CancellationToken.None);
        var earlyStatus = (await engine.Queries.InstanceAsync(instanceId))!.Status;
        var rescheduled = engine.Scheduler.Pending;
        engine.Time.SetUtcNow(due);
        await engine.RunDueJobsAsync();

        // Then it did not fire early, was handed back for its due time, and fired then
        Assert.Equal(InstanceStatus.Active, earlyStatus);
        Assert.Equal([(bookmarkId, due)], rescheduled);
        Assert.Equal(InstanceStatus.Completed, (await engine.Queries.InstanceAsync(instanceId))!.Status);
    }

    [Fact]
    public void HangfireJobScheduler_SchedulesAtTheNextWholeSecond_SoHangfireNeverStartsTheJobEarly()
    {
        // Given
        using var storage = new InMemoryStorage();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var scheduler = new HangfireJobScheduler(new BackgroundJobClient(storage), time);
        var due = time.GetUtcNow().AddSeconds(2.3);
        var bookmark = new Bookmark { Id = Guid.NewGuid(), ElementId = "wait", Kind = BookmarkKind.Timer, DueAt = due };

        // When
        scheduler.Schedule(bookmark);

        // Then Hangfire's whole-second comparison (now >= enqueueAt, both truncated) cannot start it before it is due
        var enqueueAt = storage.GetMonitoringApi().ScheduledJobs(0, 10).Single().Value.EnqueueAt;
        var earliestStart = DateTime.SpecifyKind(enqueueAt, DateTimeKind.Utc);
        Assert.Equal(0, earliestStart.Ticks % TimeSpan.TicksPerSecond);
        Assert.True(earliestStart >= due.UtcDateTime, $"{earliestStart:O} is before {due:O}");
        Assert.True(earliestStart - due.UtcDateTime < TimeSpan.FromSeconds(1));
    }
}
