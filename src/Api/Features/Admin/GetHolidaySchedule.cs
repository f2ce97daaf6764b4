using Mediator;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>A year's holidays and make-up working days as stored (the public reference route reads the same).</summary>
public static class GetHolidaySchedule
{
    public sealed record Query(int Year) : IQuery<HolidayScheduleView>;

    public sealed class Handler(PolicyDatabase database) : IQueryHandler<Query, HolidayScheduleView>
    {
        public async ValueTask<HolidayScheduleView> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var db = await database.OpenAsync(cancellationToken);
            return HolidayScheduleView.From(query.Year, await HolidayRows.ReadAsync(db, query.Year, cancellationToken));
        }
    }

    public static bool IsYear(int year) => year is >= 2000 and <= 2100;

    public static IResult YearOutOfRange(int year) =>
        ApiProblems.Validation(new FieldErrors().Add("year", ErrorCodes.PolicyYearOutOfRange, new { year }));

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/holidays/{year:int}", async (int year, IMediator mediator, CancellationToken ct) =>
                IsYear(year) ? TypedResults.Ok(await mediator.Send(new Query(year), ct)) : YearOutOfRange(year))
            .WithName("GetHolidaySchedule")
            .WithSummary("A year's holidays (节假日) and make-up working days (调休上班日).")
            .Produces<HolidayScheduleView>()
            .ProducesValidationProblem();
}
