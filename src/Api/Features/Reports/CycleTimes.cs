using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;

namespace SocialInsurance.Api.Features.Reports;

/// <summary>
/// Cycle time per service, from the first submission to the decision (cases decided in the range) and to 办结 (cases
/// completed in the range): the median and the 90th percentile, in hours. A percentile is the nearest-rank value
/// (the ⌈p·n⌉-th smallest), found by the database from counts per duration bucket and one short ordered seek per
/// figure (<see cref="DurationPercentiles"/>), so no case is read into memory, on SQLite and PostgreSQL alike, and a
/// year costs about what its rows in one index cost to count.
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
            var services = (f.Service is { } one ? [one] : Enum.GetValues<ApplicationType>()).Select(s => s.ToString()).ToList();
            // The two durations read two indexes: side by side, each on its own connection.
            var figures = await Task.WhenAll(
                FiguresAsync(f, DurationPercentiles.Decision, services, cancellationToken),
                FiguresAsync(f, DurationPercentiles.Completion, services, cancellationToken));
            var (decisions, completions) = (figures[0], figures[1]);
            var rows = services
                .Select(name => new Row(
                    name,
                    decisions[name].Cases,
                    decisions[name].P50,
                    decisions[name].P90,
                    completions[name].Cases,
                    completions[name].P50,
                    completions[name].P90))
                .ToList();
            return new ReportTable<Row>(ReportFilterEcho.Of(f), rows) { GeneratedAt = clock.GetUtcNow() };
        }

        private async Task<Dictionary<string, Figures>> FiguresAsync(ReportFilter f, DurationPercentiles.Milestone milestone, List<string> services, CancellationToken ct)
        {
            await using var db = cases.Create();
            var facts = CasesPerDay.Narrow(db.ReportFacts.AsNoTracking(), f);
            var percentiles = await DurationPercentiles.CountAsync(db, facts, f, milestone, services, ct);
            var figures = new Dictionary<string, Figures>(StringComparer.Ordinal);
            foreach (var name in services)
            {
                figures[name] = new Figures(percentiles.Count(name), await percentiles.HoursAsync(name, 50, ct), await percentiles.HoursAsync(name, 90, ct));
            }

            return figures;
        }
    }

    private sealed record Figures(int Cases, double? P50, double? P90);

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
