using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.Cases.Reporting;
using SocialInsurance.Domain.Applications;

namespace SocialInsurance.Api.Features.Reports;

/// <summary>
/// Cycle time per service, from the first submission to the decision (cases decided in the range) and to 办结 (cases
/// completed in the range): the median and the 90th percentile, in hours. A percentile is the nearest-rank value
/// (the ⌈p·n⌉-th smallest), found by the database with one count and one ordered seek per figure
/// (<c>ORDER BY … LIMIT 1 OFFSET k</c>), so no case is read into memory, on SQLite and PostgreSQL alike.
/// </summary>
public static class CycleTimes
{
    public sealed record Row(string Service, int Decided, double? DecisionP50Hours, double? DecisionP90Hours, int Completed, double? CompletionP50Hours, double? CompletionP90Hours);

    public sealed record Query(ReportFilter Filter) : IQuery<ReportTable<Row>>;

    public sealed class Handler(CasesDbContextFactory cases, TimeProvider clock) : IQueryHandler<Query, ReportTable<Row>>
    {
        public async ValueTask<ReportTable<Row>> Handle(Query query, CancellationToken cancellationToken)
        {
            var f = query.Filter;
            await using var db = cases.Create();
            var rows = new List<Row>();
            foreach (var service in f.Service is { } one ? [one] : Enum.GetValues<ApplicationType>())
            {
                var name = service.ToString();
                var facts = CasesPerDay.Narrow(db.ReportFacts.AsNoTracking(), f with { Service = service });
                var decided = facts.Where(x => x.Service == name && x.DecidedDay >= f.FromDay && x.DecidedDay <= f.ToDay && x.DecisionSeconds != null);
                var completed = facts.Where(x => x.Service == name && x.CompletedDay >= f.FromDay && x.CompletedDay <= f.ToDay && x.CompletionSeconds != null);
                var decidedCount = await decided.CountAsync(cancellationToken);
                var completedCount = await completed.CountAsync(cancellationToken);
                rows.Add(new Row(
                    name,
                    decidedCount,
                    await PercentileAsync(decided.OrderBy(x => x.DecisionSeconds).Select(x => x.DecisionSeconds), decidedCount, 0.5, cancellationToken),
                    await PercentileAsync(decided.OrderBy(x => x.DecisionSeconds).Select(x => x.DecisionSeconds), decidedCount, 0.9, cancellationToken),
                    completedCount,
                    await PercentileAsync(completed.OrderBy(x => x.CompletionSeconds).Select(x => x.CompletionSeconds), completedCount, 0.5, cancellationToken),
                    await PercentileAsync(completed.OrderBy(x => x.CompletionSeconds).Select(x => x.CompletionSeconds), completedCount, 0.9, cancellationToken)));
            }

            return new ReportTable<Row>(ReportFilterEcho.Of(f), rows) { GeneratedAt = clock.GetUtcNow() };
        }
    }

    /// <summary>Nearest rank: the ⌈p·n⌉-th smallest of n ordered values; null when there are none.</summary>
    public static async Task<double?> PercentileAsync(IQueryable<long?> ordered, int count, double p, CancellationToken ct)
    {
        if (count == 0)
        {
            return null;
        }

        var rank = Math.Max(1, (int)Math.Ceiling(p * count));
        var seconds = await ordered.Skip(rank - 1).Take(1).FirstOrDefaultAsync(ct);
        return seconds is { } s ? Math.Round(s / 3600.0, 1) : null;
    }

    public static readonly ReportColumn<Row>[] Columns =
    [
        new("业务", "Service", (r, n) => n.Service(r.Service)),
        new("审结件数", "Decided", (r, _) => r.Decided.ToString(CultureInfo.InvariantCulture)),
        new("受理至审结 P50（小时）", "Submission to decision P50 (hours)", (r, _) => Hours(r.DecisionP50Hours)),
        new("受理至审结 P90（小时）", "Submission to decision P90 (hours)", (r, _) => Hours(r.DecisionP90Hours)),
        new("办结件数", "Completed", (r, _) => r.Completed.ToString(CultureInfo.InvariantCulture)),
        new("受理至办结 P50（小时）", "Submission to completion P50 (hours)", (r, _) => Hours(r.CompletionP50Hours)),
        new("受理至办结 P90（小时）", "Submission to completion P90 (hours)", (r, _) => Hours(r.CompletionP90Hours)),
    ];

    private static string Hours(double? hours) => hours?.ToString("0.0", CultureInfo.InvariantCulture) ?? "";
}
