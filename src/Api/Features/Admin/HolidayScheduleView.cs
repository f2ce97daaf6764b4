using SocialInsurance.Domain.Policy;

namespace SocialInsurance.Api.Features.Admin;

/// <summary>
/// A year's 放假安排 as read by administrators and (without who changed it) by anyone. <see cref="Entered"/> false means
/// the year was never entered: its review deadlines count weekends only (plus any configured dates).
/// </summary>
public sealed record HolidayScheduleView(
    int Year,
    bool Entered,
    string? Source,
    IReadOnlyList<HolidayScheduleView.HolidayItem> Holidays,
    IReadOnlyList<DateOnly> MakeUpWorkingDays)
{
    public sealed record HolidayItem(DateOnly Date, string Name);

    public static HolidayScheduleView From(int year, HolidaySchedule? schedule) => schedule is null
        ? new HolidayScheduleView(year, false, null, [], [])
        : new HolidayScheduleView(
            year,
            true,
            schedule.Source,
            [.. schedule.Holidays.OrderBy(h => h.Date).Select(h => new HolidayItem(h.Date, h.Name))],
            [.. schedule.MakeUpWorkingDays.Order()]);
}
