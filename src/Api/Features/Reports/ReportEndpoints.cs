using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Reference;

namespace SocialInsurance.Api.Features.Reports;

/// <summary>
/// The 统计 reports, for administrators and supervisors. There is no supervisor role: the supervisors are the
/// province-wide group <c>reviewers-65</c>, the group every process escalates an overdue review to (自治区督办).
/// </summary>
public static class ReportEndpoints
{
    public const string Policy = "reports";

    public const string SupervisorGroup = "reviewers-65";

    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireAssertion(context =>
            context.User.IsInRole(Roles.Admin)
            || (context.User.IsInRole(Roles.Reviewer) && context.User.HasClaim(Claims.Group, SupervisorGroup))));
        return services;
    }

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/reports").WithTags("Reports").RequireAuthorization(Policy);
        Map(group, "cases-per-day", "ReportCasesPerDay", "Cases started, decided and completed (办结) per day, by service and region.",
            f => new CasesPerDay.Query(f), CasesPerDay.Columns);
        Map(group, "decisions", "ReportDecisions", "Decisions by outcome and service (approved, rejected, supplement requested).",
            f => new DecisionOutcomes.Query(f), DecisionOutcomes.Columns);
        Map(group, "cycle-times", "ReportCycleTimes", "Hours from submission to decision and to 办结 per service: P50 and P90.",
            f => new CycleTimes.Query(f), CycleTimes.Columns);
        Map(group, "open-tasks", "ReportOpenTasks", "Open tasks now per candidate group, by age, with those past due.",
            f => new OpenTasks.Query(f), OpenTasks.Columns);
        Map(group, "overdue-tasks", "ReportOverdueTasks", "Open tasks past their due date now, per service and task, by how late.",
            f => new OverdueTasks.Query(f), OverdueTasks.Columns);
        Map(group, "incidents-per-day", "ReportIncidentsPerDay", "Incidents raised per day and process, and how many are still open.",
            f => new IncidentsPerDay.Query(f), IncidentsPerDay.Columns);
        return app;
    }

    private static void Map<TRow>(RouteGroupBuilder group, string path, string name, string summary, Func<ReportFilter, IQuery<ReportTable<TRow>>> query, IReadOnlyList<ReportColumn<TRow>> columns) =>
        group.MapGet("/" + path, async (string? from, string? to, string? service, string? region, string? format, string? lang, HttpContext http, IMediator mediator, RegionCatalog regions, TimeProvider clock, CancellationToken ct) =>
            {
                var (filter, errors) = ReportFilter.Parse(from, to, service, region, regions, clock);
                if (format is not null && !format.Equals("csv", StringComparison.OrdinalIgnoreCase) && !format.Equals("json", StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add("format", ErrorCodes.ReportFormatInvalid);
                }

                if (filter is null || errors.Any)
                {
                    return (IResult)ApiProblems.Validation(errors);
                }

                var table = await mediator.Send(query(filter), ct);
                return ReportCsv.Answer(http, format, lang, path, table, columns);
            })
            .WithName(name)
            .WithSummary(summary + " Filters: from, to (yyyy-MM-dd, China time; the last 30 days by default), service, region. ?format=csv (or Accept: text/csv) downloads the rows as UTF-8 CSV with a BOM; ?lang=en for English headings.")
            .Produces<ReportTable<TRow>>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();
}
