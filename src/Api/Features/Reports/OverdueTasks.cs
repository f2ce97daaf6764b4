using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Features.Reports;

/// <summary>
/// Open tasks past their due date now, per service and task, by how long overdue (under 1 day, 1–3, 3 days and
/// more). A snapshot like <see cref="OpenTasks"/>; the region narrows by the task's candidate group. Served by the
/// engine's index on (status, due date).
/// </summary>
public static class OverdueTasks
{
    public sealed record Row(string ProcessKey, string Task, int PastDue, int Under1Day, int From1To3Days, int Over3Days);

    public sealed record Query(ReportFilter Filter) : IQuery<ReportTable<Row>>;

    public sealed class Handler(IDbContextFactory<WorkflowDbContext> engine, TimeProvider clock) : IQueryHandler<Query, ReportTable<Row>>
    {
        public async ValueTask<ReportTable<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            var f = query.Filter;
            var now = clock.GetUtcNow();
            var day1 = now.AddDays(-1);
            var day3 = now.AddDays(-3);
            await using var db = await engine.CreateDbContextAsync(cancellationToken);
            var late = db.Tasks.Where(t => t.Status == UserTaskStatus.Created && t.DueAt != null && t.DueAt < now);
            if (OpenTasks.ProcessKeyOf(f) is { } processKey)
            {
                late = late.Where(t => t.ProcessKey == processKey);
            }

            if (f.Region is { } region)
            {
                var group = "reviewers-" + region;
                late = late.Where(t => db.TaskCandidates.Any(c => c.TaskId == t.Id && c.Kind == CandidateKind.Group && c.Value == group));
            }

            var groups = await late
                .GroupBy(t => new { t.ProcessKey, t.Name })
                .Select(g => new
                {
                    g.Key.ProcessKey,
                    g.Key.Name,
                    Count = g.Count(),
                    Under1 = g.Count(t => t.DueAt > day1),
                    Under3 = g.Count(t => t.DueAt > day3),
                })
                .ToListAsync(cancellationToken);
            var rows = groups
                .Select(g => new Row(g.ProcessKey, g.Name, g.Count, g.Under1, g.Under3 - g.Under1, g.Count - g.Under3))
                .OrderByDescending(r => r.PastDue)
                .ThenBy(r => r.ProcessKey, StringComparer.Ordinal)
                .ToList();
            return new ReportTable<Row>(ReportFilterEcho.Of(f), rows) { GeneratedAt = now };
        }
    }

    public static readonly ReportColumn<Row>[] Columns =
    [
        new("业务", "Service", (r, n) => n.ServiceOfProcess(r.ProcessKey)),
        new("任务", "Task", (r, n) => TaskName(r.Task, n.English)),
        new("已超期", "Past due", (r, _) => N(r.PastDue)),
        new("超期不足1天", "Under 1 day late", (r, _) => N(r.Under1Day)),
        new("超期1至3天", "1 to 3 days late", (r, _) => N(r.From1To3Days)),
        new("超期3天以上", "3 days and more late", (r, _) => N(r.Over3Days)),
    ];

    /// <summary>Our diagrams name elements "中文 English"; a download in one language keeps its half.</summary>
    public static string TaskName(string name, bool english)
    {
        var firstLatin = name.IndexOfAny("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray());
        if (firstLatin <= 0)
        {
            return name;
        }

        return english ? name[firstLatin..].Trim() : name[..firstLatin].Trim();
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
