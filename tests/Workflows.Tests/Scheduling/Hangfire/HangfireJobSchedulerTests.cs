using Hangfire;
using Hangfire.InMemory;
using Hangfire.States;
using Microsoft.Extensions.Time.Testing;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Scheduling;

namespace SocialInsurance.Workflows.Tests.Scheduling.Hangfire;

public sealed class HangfireJobSchedulerTests
{
    [Fact]
    public void Schedule_EnqueuesDueBookmarks_AndSchedulesFutureOnes_WithTheBookmarkIdOnly()
    {
        // Given
        using var storage = new InMemoryStorage();
        var client = new BackgroundJobClient(storage);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var scheduler = new HangfireJobScheduler(client, time);
        var due = new Bookmark { Id = Guid.NewGuid(), ElementId = "job", Kind = BookmarkKind.Job, DueAt = time.GetUtcNow() };
        var later = new Bookmark { Id = Guid.NewGuid(), ElementId = "timer", Kind = BookmarkKind.Timer, DueAt = time.GetUtcNow().AddSeconds(90) };

        // When
        scheduler.Schedule(due);
        scheduler.Schedule(later);

        // Then
        var monitor = storage.GetMonitoringApi();
        Assert.Equal(1, monitor.EnqueuedCount("default"));
        Assert.Equal(1, monitor.ScheduledCount());
        var scheduled = monitor.ScheduledJobs(0, 10).Single().Value;
        Assert.Equal([later.Id, CancellationToken.None], scheduled.Job.Args);
        Assert.Equal(ScheduledState.StateName, storage.GetConnection().GetStateData(monitor.ScheduledJobs(0, 10).Single().Key).Name);
    }

    [Theory]
    [InlineData(0, 119, true)]
    [InlineData(0, 120, false)]
    [InlineData(59, 60, true)]
    [InlineData(59, 61, false)]
    [InlineData(0, 864_000, false)]
    public void Schedule_LeavesTimersDueAfterTheNextMinute_ToTheUpcomingHandOver(int secondsIntoTheMinute, int dueInSeconds, bool handedNow)
    {
        // Given a clock some seconds into 01:00, and a timer due some seconds after it
        using var storage = new InMemoryStorage();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, secondsIntoTheMinute, TimeSpan.Zero));
        var scheduler = new HangfireJobScheduler(new BackgroundJobClient(storage), time);
        var timer = new Bookmark { Id = Guid.NewGuid(), ElementId = "timer", Kind = BookmarkKind.Timer, DueAt = time.GetUtcNow().AddSeconds(dueInSeconds) };

        // When
        scheduler.Schedule(timer);

        // Then only a timer due before 01:02 becomes a Hangfire job now; a later one waits in the engine's own table
        // for the hand-over that runs in the minute before its own (HandOverWindow)
        Assert.Equal(handedNow ? 1 : 0, storage.GetMonitoringApi().ScheduledCount());
    }

    [Fact]
    public void HandOverWindow_IsTheMinuteAfterTheCurrentOne_AndEndsWhereSchedulingAtCommitStops()
    {
        // Given
        var now = new DateTimeOffset(2026, 3, 2, 1, 0, 42, 500, TimeSpan.Zero);

        // When
        var (from, to) = HandOverWindow.Next(now);

        // Then
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 1, 1, 0, TimeSpan.Zero), from);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 1, 2, 0, TimeSpan.Zero), to);
        Assert.Equal(to, HandOverWindow.HorizonAt(now));
    }
}
