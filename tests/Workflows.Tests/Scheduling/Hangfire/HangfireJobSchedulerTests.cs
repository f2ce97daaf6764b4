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
        var later = new Bookmark { Id = Guid.NewGuid(), ElementId = "timer", Kind = BookmarkKind.Timer, DueAt = time.GetUtcNow().AddDays(10) };

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
}
