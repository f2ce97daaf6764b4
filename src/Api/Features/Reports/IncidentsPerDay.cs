using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Features.Reports;

/// <summary>
/// Incidents raised per China-time day and process, and how many of them are still open. Incidents are rare next to
/// cases (a step that ran out of retries), so the range's rows are read by the index on their creation time and
/// counted here; the region does not apply (an incident belongs to a process, not a region).
/// </summary>
public static class IncidentsPerDay
{
    public sealed record Row(string Day, string ProcessKey, int Raised, int StillOpen);

    public sealed record Query(ReportFilter Filter) : IQuery<ReportTable<Row>>;

    public sealed class Handler(IDbContextFactory<WorkflowDbContext> engine, TimeProvider clock) : IQueryHandler<Query, ReportTable<Row>>
    {
        public async ValueTask<ReportTable<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            var f = query.Filter;
            var start = f.StartInclusive;
            var end = f.EndExclusive;
            await using var db = await engine.CreateDbContextAsync(cancellationToken);
            var incidents = db.Incidents.AsNoTracking().Where(i => i.CreatedAt >= start && i.CreatedAt < end);
            if (OpenTasks.ProcessKeyOf(f) is { } processKey)
            {
                incidents = incidents.Where(i => i.ProcessKey == processKey);
            }

            var raised = await incidents.Select(i => new { i.CreatedAt, i.ProcessKey, Open = i.ResolvedAt == null }).ToListAsync(cancellationToken);
            var rows = raised
                .GroupBy(i => (Day: ChinaTime.ToBusinessDate(i.CreatedAt), i.ProcessKey))
                .OrderBy(g => g.Key.Day)
                .ThenBy(g => g.Key.ProcessKey, StringComparer.Ordinal)
                .Select(g => new Row(g.Key.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.Key.ProcessKey, g.Count(), g.Count(i => i.Open)))
                .ToList();
            return new ReportTable<Row>(ReportFilterEcho.Of(f), rows) { GeneratedAt = clock.GetUtcNow() };
        }
    }

    public static readonly ReportColumn<Row>[] Columns =
    [
        new("日期", "Day", (r, _) => r.Day),
        new("业务", "Service", (r, n) => n.ServiceOfProcess(r.ProcessKey)),
        new("新增事件", "Raised", (r, _) => r.Raised.ToString(CultureInfo.InvariantCulture)),
        new("仍未处理", "Still open", (r, _) => r.StillOpen.ToString(CultureInfo.InvariantCulture)),
    ];
}
