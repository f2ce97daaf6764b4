using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;

namespace SocialInsurance.Api.Features.Reports;

/// <summary>
/// Decisions made in the range by outcome and service: final decisions (审核通过 / 驳回, the automatic check's
/// rejections included) by the day they were made, and requests for supplementary materials (补正) by the day of a
/// case's first request, each case counted once per outcome.
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
            var decided = await facts.Where(x => x.DecidedDay >= f.FromDay && x.DecidedDay <= f.ToDay)
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

    public static readonly ReportColumn<Row>[] Columns =
    [
        new("业务", "Service", (r, n) => n.Service(r.Service)),
        new("结果", "Outcome", (r, n) => n.Outcome(r.Outcome)),
        new("件数", "Cases", (r, _) => r.Count.ToString(CultureInfo.InvariantCulture)),
    ];
}
