using Mediator;
using SocialInsurance.Api.Features.Admin;
using SocialInsurance.Api.Infrastructure.Http;

namespace SocialInsurance.Api.Features.Reference;

/// <summary>
/// The year's 放假安排 for anyone (a client showing when a review is due needs the same calendar the server counts
/// with). It is the administrators' query: the data is public, only editing is not.
/// </summary>
public static class GetHolidays
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/holidays/{year:int}", async (int year, IMediator mediator, CancellationToken ct) =>
                GetHolidaySchedule.IsYear(year)
                    ? TypedResults.Ok(await mediator.Send(new GetHolidaySchedule.Query(year), ct))
                    : GetHolidaySchedule.YearOutOfRange(year))
            .CachePublicly(TimeSpan.FromMinutes(1))
            .WithName("GetHolidays")
            .WithSummary("A year's holidays (节假日) and make-up working days (调休上班日).")
            .Produces<HolidayScheduleView>()
            .ProducesValidationProblem();
}
