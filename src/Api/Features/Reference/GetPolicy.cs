using Mediator;
using SocialInsurance.Api.Infrastructure.Http;
using SocialInsurance.Api.Infrastructure.PolicyData;

namespace SocialInsurance.Api.Features.Reference;

/// <summary>
/// The contribution policy for a year. A year without its own row gets the latest earlier one and says so
/// (<c>isFallback</c>, <c>effectiveYear</c>): figures are published mid-year, and the forms must keep working meanwhile.
/// The "add the row" warning is for administrators (<c>GET /api/admin/policy</c>, the Studio's policy screen); this
/// public route is what applicants' forms read, so it carries no warning text.
/// </summary>
public static class GetPolicy
{
    public sealed record PolicyResponse(
        int RequestedYear,
        int EffectiveYear,
        bool IsFallback,
        decimal AverageMonthlyWage,
        decimal BaseLowerLimit,
        decimal BaseUpperLimit,
        string GradeMode,
        IReadOnlyList<decimal> Grades,
        IReadOnlyList<decimal> GradeAmounts,
        decimal Rate,
        decimal PersonalAccountRate,
        decimal PooledRate,
        int DeductionDay,
        string Source,
        string Confidence);

    public sealed record Query(int Year) : IQuery<PolicyResponse>;

    public sealed class Handler(PolicyTables policies) : IQueryHandler<Query, PolicyResponse>
    {
        public async ValueTask<PolicyResponse> Handle(Query query, CancellationToken cancellationToken)
        {
            var lookup = (await policies.CurrentAsync(cancellationToken)).For(query.Year);
            var p = lookup.Policy;
            return new PolicyResponse(
                lookup.RequestedYear, p.Year, lookup.IsFallback,
                p.AverageMonthlyWage.Yuan, p.BaseLowerLimit.Yuan, p.BaseUpperLimit.Yuan, p.GradeMode.ToString(), p.Grades,
                [.. p.GradeAmounts.Select(m => m.Yuan)], p.Rate, p.PersonalAccountRate, p.PooledRate, p.DeductionDay,
                p.Source, p.Confidence.ToString());
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/policy/{year:int:range(2000,2100)}", (int year, IMediator mediator, CancellationToken ct) => mediator.Send(new Query(year), ct))
            .CachePublicly(TimeSpan.FromMinutes(1))
            .WithName("GetPolicy")
            .WithSummary("Contribution base limits, grades and rate for a year.");
}
