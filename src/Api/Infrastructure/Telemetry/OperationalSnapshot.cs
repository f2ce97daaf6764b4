namespace SocialInsurance.Api.Infrastructure.Telemetry;

/// <summary>One reading of the database-wide gauges; every node reads the same database, so every node reports the same values.</summary>
public sealed record OperationalSnapshot(
    long OpenIncidents,
    long BookmarksDue,
    long BookmarksOverdue,
    long TasksPastDue,
    IReadOnlyDictionary<string, long> OpenTasksByGroup,
    IReadOnlyDictionary<string, long> HangfireJobsByState,
    IReadOnlyDictionary<string, long> HangfireQueueLengths)
{
    public static readonly OperationalSnapshot Empty = new(0, 0, 0, 0,
        new Dictionary<string, long>(), new Dictionary<string, long>(), new Dictionary<string, long>());
}
