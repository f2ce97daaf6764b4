using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// Every policy row, and — when the current year (China time) has no row of its own — the warning that the service is
/// running on an earlier year's figures, so the administrator sees at once that the yearly notice needs entering.
/// </summary>
public static class ListPolicyYears
{
    public sealed record PolicyYearsResponse(int CurrentYear, string? WarningCode, string? WarningZh, string? WarningEn, IReadOnlyList<PolicyYearView> Years);

    public sealed record Query : IQuery<PolicyYearsResponse>;

    public sealed class Handler(PolicyDatabase database, PolicyTables policies, TimeProvider time) : IQueryHandler<Query, PolicyYearsResponse>
    {
        public async ValueTask<PolicyYearsResponse> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var db = await database.OpenAsync(cancellationToken);
            var rows = await db.PolicyYears.AsNoTracking().OrderBy(r => r.Year).ToListAsync(cancellationToken);
            var currentYear = ChinaTime.Today(time).Year;
            var warning = (await policies.CurrentAsync(cancellationToken)).For(currentYear).Warning;
            return new PolicyYearsResponse(currentYear, warning?.Code, warning?.MessageZh, warning?.MessageEn, [.. rows.Select(PolicyYearView.From)]);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/policy", (IMediator mediator, CancellationToken ct) => mediator.Send(new Query(), ct))
            .WithName("ListPolicyYears")
            .WithSummary("All policy rows, with a warning when the current year has none.")
            .Produces<PolicyYearsResponse>();
}
