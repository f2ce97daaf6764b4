namespace SocialInsurance.Workflows.Scheduling;

/// <summary>
/// Which timers become background jobs when. A timer due before the end of the next whole minute is handed to the job
/// system at its step's commit; a later one stays a row in the engine's bookmark table until the minutely hand-over
/// (<see cref="Jobs.UpcomingTimerHandOver"/>) running in the minute before its own hands it over. Both sides read the
/// same boundary, so a timer is handed over once: by its commit or by the hand-over, never neither (a hand-over that
/// did not run leaves its timers to the overdue sweep, a minute late).
/// </summary>
public static class HandOverWindow
{
    /// <summary>Timers due at or after this instant are left to the hand-over.</summary>
    public static DateTimeOffset HorizonAt(DateTimeOffset now) => MinuteOf(now).AddMinutes(2);

    /// <summary>The timers a hand-over running now gives to the job system: those due in the next whole minute.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Next(DateTimeOffset now)
    {
        var minute = MinuteOf(now);
        return (minute.AddMinutes(1), minute.AddMinutes(2));
    }

    private static DateTimeOffset MinuteOf(DateTimeOffset now) =>
        new(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
}
