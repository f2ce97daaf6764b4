using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Engine.Benchmarks;

/// <summary>
/// A reading of SQLite's shared writer's counters; two readings' difference is what a phase used of it. Held near
/// 100 % of a phase, steps queue for the one writer whatever cores are left; well below, the CPU or the clients limit.
/// </summary>
/// <param name="LogSyncs">Syncs of the log beside the writer (FULL; none when SQLite syncs inside each commit).</param>
public readonly record struct WriterClock(TimeSpan Busy, TimeSpan Commit, TimeSpan HandOver, long Steps, long Commits, long WrittenForOthers, long LogSyncs)
{
    public static WriterClock Read(GroupCommit writer) =>
        new(writer.BusyTime, writer.CommitTime, writer.HandOverTime, writer.Steps, writer.Commits, writer.WrittenForOthers, writer.LogSyncs);

    public static WriterClock operator -(WriterClock a, WriterClock b) =>
        new(a.Busy - b.Busy, a.Commit - b.Commit, a.HandOver - b.HandOver, a.Steps - b.Steps, a.Commits - b.Commits, a.WrittenForOthers - b.WrittenForOthers, a.LogSyncs - b.LogSyncs);

    public static WriterClock operator +(WriterClock a, WriterClock b) =>
        new(a.Busy + b.Busy, a.Commit + b.Commit, a.HandOver + b.HandOver, a.Steps + b.Steps, a.Commits + b.Commits, a.WrittenForOthers + b.WrittenForOthers, a.LogSyncs + b.LogSyncs);
}
