using Mediator;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// One year's own row, as stored. Unlike the public reference route this never falls back to another year: an
/// administrator asking for 2027 needs to know that there is no 2027 row.
/// </summary>
public static class GetPolicyYear
{
    public sealed record Query(int Year) : IQuery<Result<PolicyYearView>>;

    public sealed class Handler(PolicyDatabase database) : IQueryHandler<Query, Result<PolicyYearView>>
    {
        public async ValueTask<Result<PolicyYearView>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var db = await database.OpenAsync(cancellationToken);
            var row = await db.PolicyYears.AsNoTracking().FirstOrDefaultAsync(r => r.Year == query.Year, cancellationToken);
            return row is null ? Result<PolicyYearView>.NotFound(ErrorCodes.PolicyYearNotFound.With(new { year = query.Year })) : PolicyYearView.From(row);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/policy/{year:int}", async (int year, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Query(year), ct), view => TypedResults.Ok(view)))
            .WithName("GetPolicyYear")
            .WithSummary("One year's policy row (no fallback to another year).")
            .Produces<PolicyYearView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
