using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Cases.Reporting;

namespace SocialInsurance.Api.Features.Reports;

/// <summary>
/// Cases started (first submitted), decided and completed (办结) per China-time day, by service and region. Three
/// grouped counts, each answered from its milestone's covering index (no table row is read) with the groups streaming
/// in index order; only the groups travel, never the cases.
/// </summary>
public static class CasesPerDay
{
    public sealed record Row(string Day, string Service, string Region, int Started, int Decided, int Completed);

    public sealed record Query(ReportFilter Filter) : IQuery<ReportTable<Row>>;

    public sealed class Handler(CasesDbContextFactory cases, TimeProvider clock) : IQueryHandler<Query, ReportTable<Row>>
    {
        public async ValueTask<ReportTable<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            var f = query.Filter;
            var ct = cancellationToken;
            // Three independent scans, one per milestone's index, each on its own connection: they run side by side,
            // so a year costs the longest of the three rather than their sum.
            var counts = await Task.WhenAll(
                CountAsync(f, facts => facts.Where(x => x.SubmittedDay >= f.FromDay && x.SubmittedDay <= f.ToDay)
                    .GroupBy(x => new { Day = x.SubmittedDay!.Value, x.Service, x.Region })
                    .Select(g => new Count(g.Key.Day, g.Key.Service, g.Key.Region, g.Count())), ct),
                CountAsync(f, facts => facts.Where(x => x.DecidedDay >= f.FromDay && x.DecidedDay <= f.ToDay)
                    .GroupBy(x => new { Day = x.DecidedDay!.Value, x.Service, x.Region })
                    .Select(g => new Count(g.Key.Day, g.Key.Service, g.Key.Region, g.Count())), ct),
                CountAsync(f, facts => facts.Where(x => x.CompletedDay >= f.FromDay && x.CompletedDay <= f.ToDay)
                    .GroupBy(x => new { Day = x.CompletedDay!.Value, x.Service, x.Region })
                    .Select(g => new Count(g.Key.Day, g.Key.Service, g.Key.Region, g.Count())), ct));
            var (started, decided, completed) = (counts[0], counts[1], counts[2]);

            var s = ByKey(started);
            var d = ByKey(decided);
            var c = ByKey(completed);
            var rows = s.Keys.Concat(d.Keys).Concat(c.Keys)
                .Distinct()
                .Order()
                .Select(k => new Row(
                    CaseReportFacts.FromDayNumber(k.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    k.Service,
                    k.Region,
                    s.GetValueOrDefault(k),
                    d.GetValueOrDefault(k),
                    c.GetValueOrDefault(k)))
                .ToList();
            return new ReportTable<Row>(ReportFilterEcho.Of(f), rows) { GeneratedAt = clock.GetUtcNow() };
        }

        private async Task<List<Count>> CountAsync(ReportFilter f, Func<IQueryable<CaseReportFact>, IQueryable<Count>> count, CancellationToken ct)
        {
            await using var db = cases.Create();
            return await count(Narrow(db.ReportFacts.AsNoTracking(), f)).ToListAsync(ct);
        }

        private static Dictionary<(int Day, string Service, string Region), int> ByKey(List<Count> counts) =>
            counts.ToDictionary(c => (c.Day, c.Service, c.Region), c => c.N);
    }

    private sealed record Count(int Day, string Service, string Region, int N);

    /// <summary>The service and region narrowing every case report shares.</summary>
    public static IQueryable<CaseReportFact> Narrow(IQueryable<CaseReportFact> facts, ReportFilter f)
    {
        if (f.ServiceName is { } service)
        {
            facts = facts.Where(x => x.Service == service);
        }

        if (f.Region is { } region)
        {
            facts = facts.Where(x => x.Region == region);
        }

        return facts;
    }

    public static readonly ReportColumn<Row>[] Columns =
    [
        new("日期", "Day", (r, _) => r.Day),
        new("业务", "Service", (r, n) => n.Service(r.Service)),
        new("参保统筹区", "Region", (r, n) => n.Region(r.Region)),
        new("受理", "Started", (r, _) => r.Started.ToString(CultureInfo.InvariantCulture)),
        new("审结", "Decided", (r, _) => r.Decided.ToString(CultureInfo.InvariantCulture)),
        new("办结", "Completed", (r, _) => r.Completed.ToString(CultureInfo.InvariantCulture)),
    ];
}
