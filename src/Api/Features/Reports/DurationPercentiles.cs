using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases.Reporting;
using SocialInsurance.Api.Infrastructure.Persistence;

namespace SocialInsurance.Api.Features.Reports;

/// <summary>
/// Nearest-rank percentiles (the ⌈p·n⌉-th smallest) of one duration — submission to decision, or to 办结 — over the
/// cases whose milestone day falls in a report's range, per service, exact, from short reads instead of one long walk
/// per figure. First the range's cases are counted per duration bucket (<see cref="DurationBuckets"/>): one GROUP BY
/// per service over the service-and-duration index, which holds the day and the region too, so it reads index entries
/// only, each once (the service's entries, whatever the range), and buckets the range's only. The counts name the
/// bucket that holds rank k and the rank k′ inside it; then the k′-th duration is read in order within that bucket's
/// interval along the same index, which walks that bucket's entries only (all days, but at most a sixteenth of the
/// values' width). Before, each figure was one ordered walk along that index to rank k, checking the day of every entry
/// it passed: four walks over most of a service's entries. The buckets only narrow where to look: the figure is the
/// k-th value itself. No schema change: the index was there.
/// </summary>
internal sealed class DurationPercentiles
{
    /// <summary>Submission to decision, for cases decided in the range.</summary>
    public static readonly Milestone Decision = new(
        nameof(CaseReportFact.DecidedDay),
        nameof(CaseReportFact.DecisionSeconds),
        (facts, f, service, first, last) => facts
            .Where(x => x.Service == service && x.DecisionSeconds >= first && x.DecisionSeconds <= last && x.DecidedDay >= f.FromDay && x.DecidedDay <= f.ToDay)
            .OrderBy(x => x.DecisionSeconds)
            .Select(x => x.DecisionSeconds));

    /// <summary>Submission to 办结, for cases completed in the range.</summary>
    public static readonly Milestone Completion = new(
        nameof(CaseReportFact.CompletedDay),
        nameof(CaseReportFact.CompletionSeconds),
        (facts, f, service, first, last) => facts
            .Where(x => x.Service == service && x.CompletionSeconds >= first && x.CompletionSeconds <= last && x.CompletedDay >= f.FromDay && x.CompletedDay <= f.ToDay)
            .OrderBy(x => x.CompletionSeconds)
            .Select(x => x.CompletionSeconds));

    private readonly IQueryable<CaseReportFact> _facts;
    private readonly ReportFilter _filter;
    private readonly Milestone _milestone;
    private readonly Dictionary<string, List<BucketCount>> _byService;

    private DurationPercentiles(IQueryable<CaseReportFact> facts, ReportFilter filter, Milestone milestone, List<BucketCount> counts)
    {
        _facts = facts;
        _filter = filter;
        _milestone = milestone;
        _byService = counts.GroupBy(c => c.Service, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Bucket).ToList(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Counts the range's cases per bucket, one query per service. The bucket is an expression, which LINQ cannot group
    /// by on both providers, so this query is SQL; the values travel as parameters. It reads the service-and-duration
    /// index (which holds the day and the region too, so no table row is read) in duration order. The unary plus on the
    /// day and the <c>|| ''</c> on the region keep SQLite from an index that lacks the duration (the day-led one; with
    /// a region, a skip scan of the submitted index, seen at a million cases), which would fetch each row of the range
    /// from the table; PostgreSQL reads both as the plain column (it has no unary plus on text).
    /// </summary>
    /// <param name="facts">The report rows narrowed by the filter's service and region, as every report narrows them.</param>
    public static async Task<DurationPercentiles> CountAsync(CaseServiceDbContext db, IQueryable<CaseReportFact> facts, ReportFilter filter, Milestone milestone, IEnumerable<string> services, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            return new(facts, filter, milestone, await CountOnSqliteAsync(db, filter, milestone, services, ct));
        }

        var day = $"\"{milestone.Day}\"";
        var seconds = $"\"{milestone.Seconds}\"";
        var sql = $$"""
            SELECT "Service", {{DurationBuckets.Sql(seconds)}} AS "Bucket", COUNT(*) AS "Cases"
            FROM case_report_facts
            WHERE "Service" = {0} AND {{seconds}} IS NOT NULL AND +{{day}} >= {1} AND +{{day}} <= {2}
            """;
        if (filter.Region is not null)
        {
            sql += " AND \"Region\" || '' = {3}";
        }

        sql += " GROUP BY \"Service\", \"Bucket\"";
        var counts = new List<BucketCount>();
        foreach (var service in services)
        {
            object[] parameters = filter.Region is { } region ? [service, filter.FromDay, filter.ToDay, region] : [service, filter.FromDay, filter.ToDay];
            counts.AddRange(await db.Database.SqlQueryRaw<BucketCount>(sql, parameters).ToListAsync(ct));
        }

        return new(facts, filter, milestone, counts);
    }

    /// <summary>
    /// The same counts on SQLite, which cannot know that the bucket rises with the duration: grouping by it sorted the
    /// range's entries (650,000 for 新参保 over a year) into a temporary B-tree. Here each bucket up to the service's
    /// longest duration (one seek for it; about 280 buckets at 20 days) counts its own interval of the index — one short
    /// range read per bucket, together one pass over the service's entries, in order, with nothing to sort: 0.15 s
    /// against 0.7 s for 新参保's decisions over a year on the seeded million (bench/README.md "Reports"). The intervals
    /// are numbers this code computes, written into the SQL; the filter's values travel as parameters.
    /// </summary>
    private static async Task<List<BucketCount>> CountOnSqliteAsync(CaseServiceDbContext db, ReportFilter filter, Milestone milestone, IEnumerable<string> services, CancellationToken ct)
    {
        var day = $"\"{milestone.Day}\"";
        var seconds = $"\"{milestone.Seconds}\"";
        var region = filter.Region is null ? "" : " AND \"Region\" || '' = {3}";
        // IS NOT NULL spelled out: MAX alone does not tell SQLite's planner that the index holding only durations serves it.
        var longestSql = $"SELECT MAX({seconds}) AS \"Value\" FROM case_report_facts WHERE \"Service\" = {{0}} AND {seconds} IS NOT NULL";
        var counts = new List<BucketCount>();
        foreach (var service in services)
        {
            var longest = await db.Database.SqlQueryRaw<long?>(longestSql, service).SingleAsync(ct);
            if (longest is not { } top)
            {
                continue;
            }

            var intervals = string.Join(", ", Enumerable.Range(0, DurationBuckets.Of(top) + 1).Select(b =>
            {
                var (first, last) = DurationBuckets.Interval(b);
                return string.Create(CultureInfo.InvariantCulture, $"({b}, {first}, {last})");
            }));
            var sql = $$"""
                WITH buckets("Bucket", "First", "Last") AS (VALUES {{intervals}})
                SELECT {0} AS "Service", buckets."Bucket" AS "Bucket",
                    (SELECT COUNT(*) FROM case_report_facts
                     WHERE "Service" = {0} AND {{seconds}} >= buckets."First" AND {{seconds}} <= buckets."Last"
                       AND +{{day}} >= {1} AND +{{day}} <= {2}{{region}}) AS "Cases"
                FROM buckets
                """;
            object[] parameters = filter.Region is { } code ? [service, filter.FromDay, filter.ToDay, code] : [service, filter.FromDay, filter.ToDay];
            counts.AddRange((await db.Database.SqlQueryRaw<BucketCount>(sql, parameters).ToListAsync(ct)).Where(c => c.Cases > 0));
        }

        return counts;
    }

    public int Count(string service) => _byService.TryGetValue(service, out var buckets) ? (int)buckets.Sum(b => b.Cases) : 0;

    /// <summary>The nearest-rank <paramref name="percent"/>th percentile in hours to one decimal; null when the range has no case.</summary>
    public async Task<double?> HoursAsync(string service, int percent, CancellationToken ct)
    {
        if (!_byService.TryGetValue(service, out var buckets))
        {
            return null;
        }

        // ⌈p·n⌉ in whole numbers: p·n in floating point can land a hair above a whole number and skip a rank.
        var rank = Math.Max(1, ((percent * buckets.Sum(b => b.Cases)) + 99) / 100);
        foreach (var bucket in buckets)
        {
            if (rank > bucket.Cases)
            {
                rank -= bucket.Cases;
                continue;
            }

            var (first, last) = DurationBuckets.Interval((int)bucket.Bucket);
            var seconds = await _milestone.Within(_facts, _filter, service, first, last).Skip((int)rank - 1).Take(1).FirstOrDefaultAsync(ct);
            return seconds is { } s ? Math.Round(s / 3600.0, 1) : null;
        }

        return null;
    }

    /// <param name="Day">The milestone's day column.</param>
    /// <param name="Seconds">The duration column, from the first submission to the milestone.</param>
    /// <param name="Within">The range's durations of one service inside one bucket's interval (both ends included), in order.</param>
    public sealed record Milestone(
        string Day,
        string Seconds,
        Func<IQueryable<CaseReportFact>, ReportFilter, string, long, long, IQueryable<long?>> Within);

    /// <summary>One row of the count: SQLite and PostgreSQL both give the bucket and the count as 64-bit integers.</summary>
    public sealed class BucketCount
    {
        public string Service { get; init; } = "";

        public long Bucket { get; init; }

        public long Cases { get; init; }
    }
}
