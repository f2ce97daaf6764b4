using System.Globalization;
using Mediator;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Policy;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// Replaces a year's 放假安排 (the whole year: the State Council publishes it whole). Every problem is reported at once
/// and a refused schedule changes nothing; a saved one moves the review deadlines computed from then on.
/// </summary>
public static class SaveHolidaySchedule
{
    public const int MaxDays = 366;

    public sealed record HolidayRequest(string? Date, string? Name);

    public sealed record ScheduleRequest(IReadOnlyList<HolidayRequest?>? Holidays, IReadOnlyList<string?>? MakeUpWorkingDays, string? Source);

    public sealed record Command(int Year, ScheduleRequest Request, string Actor) : ICommand<Result<HolidayScheduleView>>;


    private static readonly Dictionary<string, string> FieldOfRule = new(StringComparer.Ordinal)
    {
        ["Holidays.Year"] = "year",
        ["Holidays.OutsideYear"] = "holidays",
        ["Holidays.DuplicateHoliday"] = "holidays",
        ["Holidays.Name"] = "holidays",
        ["Holidays.WorkingDayOutsideYear"] = "makeUpWorkingDays",
        ["Holidays.DuplicateWorkingDay"] = "makeUpWorkingDays",
        ["Holidays.Conflict"] = "makeUpWorkingDays",
        ["Holidays.WorkingDayNotWeekend"] = "makeUpWorkingDays",
        ["Holidays.Source"] = "source",
    };

    public sealed class Handler(PolicyDatabase database, HolidayCalendars calendars, AuditLog audit, TimeProvider time) : ICommandHandler<Command, Result<HolidayScheduleView>>
    {
        public async ValueTask<Result<HolidayScheduleView>> Handle(Command command, CancellationToken cancellationToken)
        {
            var ct = cancellationToken;
            var errors = new FieldErrors();
            var holidays = new List<Holiday>();
            var workingDays = new List<DateOnly>();
            var request = command.Request;
            if (!GetHolidaySchedule.IsYear(command.Year))
            {
                errors.Add("year", ErrorCodes.PolicyYearOutOfRange, new { year = command.Year });
            }

            if (request.Holidays is null)
            {
                errors.Add("holidays", ErrorCodes.HolidaysRequired);
            }
            else if (request.Holidays.Count > MaxDays)
            {
                errors.Add("holidays", ErrorCodes.HolidaysTooMany, new { max = MaxDays });
            }
            else
            {
                for (var i = 0; i < request.Holidays.Count; i++)
                {
                    if (ParseDate(request.Holidays[i]?.Date, $"holidays[{i}].date", errors) is { } date)
                    {
                        holidays.Add(new Holiday(date, request.Holidays[i]!.Name?.Trim() ?? ""));
                    }
                }
            }

            if (request.MakeUpWorkingDays is null)
            {
                errors.Add("makeUpWorkingDays", ErrorCodes.HolidaysMakeUpRequired);
            }
            else if (request.MakeUpWorkingDays.Count > MaxDays)
            {
                errors.Add("makeUpWorkingDays", ErrorCodes.HolidaysMakeUpTooMany, new { max = MaxDays });
            }
            else
            {
                for (var i = 0; i < request.MakeUpWorkingDays.Count; i++)
                {
                    if (ParseDate(request.MakeUpWorkingDays[i], $"makeUpWorkingDays[{i}]", errors) is { } date)
                    {
                        workingDays.Add(date);
                    }
                }
            }

            if (request.Source is { Length: > PolicyYearRow.MaxSourceLength })
            {
                errors.Add("source", ErrorCodes.PolicySourceTooLong, new { max = PolicyYearRow.MaxSourceLength });
            }

            if (errors.Any)
            {
                return Result<HolidayScheduleView>.Invalid(errors);
            }

            await using var db = await database.OpenAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var before = await HolidayRows.ReadAsync(db, command.Year, ct);

            // The body names the days; the source, when left out, stays what it was (the notice the days come from).
            var source = string.IsNullOrWhiteSpace(request.Source)
                ? before?.Source ?? $"管理员 {command.Actor} 录入 / Entered by administrator {command.Actor}"
                : request.Source.Trim();
            var schedule = new HolidaySchedule(command.Year, holidays, workingDays, source);
            foreach (var error in schedule.Validate())
            {
                errors.Add(FieldOfRule.GetValueOrDefault(error.Code, "holidays"), error.Code, error.MessageZh, error.MessageEn);
            }

            if (errors.Any)
            {
                return Result<HolidayScheduleView>.Invalid(errors);
            }

            await HolidayRows.ReplaceAsync(db, schedule, command.Actor, time.GetUtcNow(), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            calendars.Invalidate();
            await audit.RecordAsync("holidays.replace", $"holidays:{command.Year}", new { before = Summary(before), after = Summary(schedule) }, ct);
            return Result<HolidayScheduleView>.Ok(HolidayScheduleView.From(command.Year, schedule));
        }

        private static DateOnly? ParseDate(string? text, string field, FieldErrors errors)
        {
            if (DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            errors.Add(field, ErrorCodes.FieldDateInvalid, new { value = text });
            return null;
        }

        private static object? Summary(HolidaySchedule? schedule) => schedule is null
            ? null
            : new
            {
                holidays = schedule.Holidays.Select(h => h.Date).Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                makeUpWorkingDays = schedule.MakeUpWorkingDays.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                source = schedule.Source,
            };
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPut("/holidays/{year:int}", async (int year, ScheduleRequest request, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var result = await mediator.Send(new Command(year, request, http.User.Identity?.Name ?? "unknown"), ct);
                return ApiProblems.From(result, saved => TypedResults.Ok(saved));
            })
            .WithName("SaveHolidaySchedule")
            .WithSummary("Replace a year's holidays and make-up working days; every problem is reported and a refused schedule changes nothing.")
            .Produces<HolidayScheduleView>()
            .ProducesValidationProblem();
}
