using SocialInsurance.Workflows.Diagnostics;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>How long the writer is held: the measure of whether the node is at its write capacity.</summary>
public sealed partial class GroupCommit
{
    // Written only by the step holding the turn (or under _sync when the turn is taken free); read by anyone.
    private long _grantedAt;
    private long _busyTicks;
    private long _commitTicks;
    private long _handOverTicks;

    /// <summary>
    /// How long the writer has been held so far: by each step from its turn to its release, by each group's commit, and by
    /// each lookup run on it while it was idle (<see cref="TryReadWhileIdle{T}"/>).
    /// Every step that writes passes through here one at a time, so this over the wall clock is the writer's
    /// utilisation: near 1, steps queue for it whatever the cores have left (also the metric <c>workflow.writer.busy</c>).
    /// </summary>
    public TimeSpan BusyTime => TimeSpan.FromTicks(Interlocked.Read(ref _busyTicks));

    /// <summary>The part of <see cref="BusyTime"/> spent in the groups' commits (at <c>synchronous=FULL</c> mostly their fsync).</summary>
    public TimeSpan CommitTime => TimeSpan.FromTicks(Interlocked.Read(ref _commitTicks));

    /// <summary>
    /// The part of <see cref="BusyTime"/> between a turn given and its step running again: the step's continuation
    /// waiting for a thread. Large when the thread pool is backed up; the writer does nothing meanwhile.
    /// </summary>
    public TimeSpan HandOverTime => TimeSpan.FromTicks(Interlocked.Read(ref _handOverTicks));

    private void HandedOver() => Interlocked.Add(ref _handOverTicks, time.GetElapsedTime(_grantedAt).Ticks);

    // The turn counts as held from here, not from when the next step's continuation gets a thread: that wait is the
    // writer's too (nobody else may write meanwhile).
    private void Grant(TaskCompletionSource next)
    {
        _grantedAt = time.GetTimestamp();
        next.SetResult();
    }

    private TimeSpan Busy(long since)
    {
        var elapsed = time.GetElapsedTime(since);
        Interlocked.Add(ref _busyTicks, elapsed.Ticks);
        EngineTelemetry.WriterBusy(elapsed);
        return elapsed;
    }
}
