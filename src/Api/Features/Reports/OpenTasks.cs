using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Api.Processes;

namespace SocialInsurance.Api.Features.Reports;

/// <summary>
/// Open tasks now, per candidate group, by age (under 1 day, 1–3, 3–7, 7 days and more) with the oldest task's
/// age; and how many of them are past their due date (the escalation path's trigger). A snapshot: the date range
/// does not apply, the service narrows by process and the region to that region's group (<c>reviewers-{code}</c>).
/// One grouped query over the open tasks' group candidates (led by the open tasks, each task's candidates by its key).
/// </summary>
public static class OpenTasks
{
    public sealed record Row(string Group, int Open, int Under1Day, int From1To3Days, int From3To7Days, int Over7Days, int PastDue, double OldestAgeDays);

    public sealed record Query(ReportFilter Filter) : IQuery<ReportTable<Row>>;

    public sealed class Handler(IDbContextFactory<WorkflowDbContext> engine, TimeProvider clock) : IQueryHandler<Query, ReportTable<Row>>
    {
        public async ValueTask<ReportTable<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            var f = query.Filter;
            var now = clock.GetUtcNow();
            var day1 = now.AddDays(-1);
            var day3 = now.AddDays(-3);
            var day7 = now.AddDays(-7);
            await using var db = await engine.CreateDbContextAsync(cancellationToken);
            var regionGroup = f.Region is { } region ? "reviewers-" + region : null;
            var open = from c in GroupCandidates(db, regionGroup)
                       join t in db.Tasks on c.TaskId equals t.Id
                       where t.Status == UserTaskStatus.Created
                       select new { Group = c.Value, t.ProcessKey, t.CreatedAt, t.DueAt };
            if (ProcessKeyOf(f) is { } processKey)
            {
                open = open.Where(x => x.ProcessKey == processKey);
            }

            var groups = await open
                .GroupBy(x => x.Group)
                .Select(g => new
                {
                    Group = g.Key,
                    Open = g.Count(),
                    Under1 = g.Count(x => x.CreatedAt > day1),
                    Under3 = g.Count(x => x.CreatedAt > day3),
                    Under7 = g.Count(x => x.CreatedAt > day7),
                    PastDue = g.Count(x => x.DueAt != null && x.DueAt < now),
                    Oldest = g.Min(x => x.CreatedAt),
                })
                .ToListAsync(cancellationToken);
            var rows = groups
                .Select(g => new Row(g.Group, g.Open, g.Under1, g.Under3 - g.Under1, g.Under7 - g.Under3, g.Open - g.Under7, g.PastDue, Math.Round((now - g.Oldest).TotalDays, 1)))
                .OrderByDescending(r => r.Open)
                .ThenBy(r => r.Group, StringComparer.Ordinal)
                .ToList();
            return new ReportTable<Row>(ReportFilterEcho.Of(f), rows) { GeneratedAt = now };
        }
    }

    /// <summary>
    /// The group candidates (of one group when <paramref name="group"/> is given), with the kind and the group compared as
    /// expressions (<c>|| ''</c>, the same column on both providers) so that SQLite cannot lead with the kind-led index:
    /// it did, reading every group candidate ever offered (two million at a million cases) or, for one region, every
    /// candidate of that group (a third of a million), and looking up each one's task (14 s, and 7.7 s for one region);
    /// led by the open tasks, each task's candidates found by its key, it reads only what is open (bench/README.md
    /// "Reports").
    /// </summary>
    private static IQueryable<TaskCandidate> GroupCandidates(WorkflowDbContext db, string? group) => group is null
        ? db.TaskCandidates.FromSqlRaw("""SELECT * FROM wf_task_candidates WHERE "Kind" || '' = 'Group'""")
        : db.TaskCandidates.FromSqlRaw("""SELECT * FROM wf_task_candidates WHERE "Kind" || '' = 'Group' AND "Value" || '' = {0}""", group);

    public static string? ProcessKeyOf(ReportFilter f) => CaseProcesses.All.FirstOrDefault(c => c.ApplicationType == f.Service)?.Key;

    public static readonly ReportColumn<Row>[] Columns =
    [
        new("工作组", "Group", (r, n) => n.Group(r.Group)),
        new("待办", "Open", (r, _) => N(r.Open)),
        new("不足1天", "Under 1 day", (r, _) => N(r.Under1Day)),
        new("1至3天", "1 to 3 days", (r, _) => N(r.From1To3Days)),
        new("3至7天", "3 to 7 days", (r, _) => N(r.From3To7Days)),
        new("7天以上", "7 days and more", (r, _) => N(r.Over7Days)),
        new("已超期", "Past due", (r, _) => N(r.PastDue)),
        new("最久（天）", "Oldest (days)", (r, _) => r.OldestAgeDays.ToString("0.0", CultureInfo.InvariantCulture)),
    ];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
