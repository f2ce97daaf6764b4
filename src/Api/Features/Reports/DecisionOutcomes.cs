using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Persistence;

namespace SocialInsurance.Api.Features.Reports;

/// <summary>
/// Decisions made in the range by outcome and service: final decisions (审核通过 / 驳回, the automatic check's
/// rejections included) by the day they were made, and requests for supplementary materials (补正) by the day of a
/// case's first request, each case counted once per outcome.
/// <para>
/// The decisions are counted per day, service, region and outcome first — the order of the decided index, so the count
/// streams along the index with one group open at a time — and those groups (about 30,000 for a year) are then summed
/// per service and outcome. Grouping the range straight by service and outcome made SQLite sort all its entries (a
/// million for a year) into a temporary B-tree: 1.0 s against 0.25 s on the seeded million (bench/README.md "Reports").
/// PostgreSQL hashes the six groups as it scans, and the two steps there cost twice the one (0.81 s against 0.38 s on
/// the same million), so it keeps the plain grouping.
/// </para>
/// </summary>
public static class DecisionOutcomes
{
    public sealed record Row(string Service, string Outcome, int Count);

    public sealed record Query(ReportFilter Filter) : IQuery<ReportTable<Row>>;

    public sealed class Handler(CasesDbContextFactory cases, TimeProvider clock) : IQueryHandler<Query, ReportTable<Row>>
    {
        public async ValueTask<ReportTable<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            var f = query.Filter;
            await using var db = cases.Create();
            var facts = CasesPerDay.Narrow(db.ReportFacts.AsNoTracking(), f);
            var decided = db.Database.IsSqlite()
                ? await DecidedOnSqliteAsync(db, f, cancellationToken)
                : await facts.Where(x => x.DecidedDay >= f.FromDay && x.DecidedDay <= f.ToDay)
                    .GroupBy(x => new { x.Service, x.Outcome })
                    .Select(g => new Row(g.Key.Service, g.Key.Outcome!, g.Count()))
                    .ToListAsync(cancellationToken);
            var supplements = await facts.Where(x => x.SupplementDay >= f.FromDay && x.SupplementDay <= f.ToDay)
                .GroupBy(x => x.Service)
                .Select(g => new Row(g.Key, "SupplementRequested", g.Count()))
                .ToListAsync(cancellationToken);
            var rows = decided.Concat(supplements).OrderBy(r => r.Service, StringComparer.Ordinal).ThenBy(r => r.Outcome, StringComparer.Ordinal).ToList();
            return new ReportTable<Row>(ReportFilterEcho.Of(f), rows) { GeneratedAt = clock.GetUtcNow() };
        }
    }

    /// <summary>
    /// Final decisions in the range by service and outcome, on SQLite. SQL, as LINQ cannot group the grouped rows again on both
    /// providers. The service and region are compared as expressions (<c>|| ''</c>, the plain column on both): compared
    /// as columns, SQLite no longer sees that the index already delivers the inner groups in order and sorts them (seen
    /// at a million cases).
    /// </summary>
    private static async Task<List<Row>> DecidedOnSqliteAsync(CaseServiceDbContext db, ReportFilter f, CancellationToken ct)
    {
        var parameters = new List<object> { f.FromDay, f.ToDay };
        var narrow = "";
        if (f.ServiceName is { } service)
        {
            parameters.Add(service);
            narrow += $" AND \"Service\" || '' = {{{parameters.Count - 1}}}";
        }

        if (f.Region is { } region)
        {
            parameters.Add(region);
            narrow += $" AND \"Region\" || '' = {{{parameters.Count - 1}}}";
        }

        var sql = $$"""
            SELECT "Service", "Outcome", CAST(SUM("Cases") AS BIGINT) AS "Cases"
            FROM (
                SELECT "DecidedDay", "Service", "Region", "Outcome", COUNT(*) AS "Cases"
                FROM case_report_facts
                WHERE "DecidedDay" >= {0} AND "DecidedDay" <= {1}{{narrow}}
                GROUP BY "DecidedDay", "Service", "Region", "Outcome") AS per_day
            GROUP BY "Service", "Outcome"
            """;
        var counts = await db.Database.SqlQueryRaw<OutcomeCount>(sql, [.. parameters]).ToListAsync(ct);
        return counts.Select(c => new Row(c.Service, c.Outcome!, (int)c.Cases)).ToList();
    }

    /// <summary>One row of the decided count: SQLite and PostgreSQL both give the count as a 64-bit integer.</summary>
    private sealed class OutcomeCount
    {
        public string Service { get; init; } = "";

        public string? Outcome { get; init; }

        public long Cases { get; init; }
    }

    public static readonly ReportColumn<Row>[] Columns =
    [
        new("业务", "Service", (r, n) => n.Service(r.Service)),
        new("结果", "Outcome", (r, n) => n.Outcome(r.Outcome)),
        new("件数", "Cases", (r, _) => r.Count.ToString(CultureInfo.InvariantCulture)),
    ];
}
