using SocialInsurance.Domain.Policy;

namespace SocialInsurance.Domain.Tests.Policy;

public class HolidayScheduleTests
{
    [Fact]
    public void Validate_AcceptsTheSeed_WithMakeUpDaysOnWeekends()
    {
        // Given / When / Then
        Assert.All(HolidaySeed.All, schedule => Assert.Empty(schedule.Validate()));
        Assert.Equal(16, HolidaySeed.Year2026.Holidays.Count(h => h.Date.Month is 2 or 10));
        Assert.Contains("2026", HolidaySeed.Year2026.Source);
    }

    [Fact]
    public void Validate_ReportsEveryProblem_WhenTheScheduleIsBroken()
    {
        // Given a date of another year, a repeated holiday, a repeated working day, a date that is both,
        // a weekday make-up day, a nameless holiday and no source
        var schedule = new HolidaySchedule(
            2026,
            [new(new DateOnly(2025, 12, 31), "跨年"), new(new DateOnly(2026, 1, 1), "元旦"), new(new DateOnly(2026, 1, 1), "元旦"),
                new(new DateOnly(2026, 2, 14), "春节"), new(new DateOnly(2026, 5, 1), " ")],
            [new DateOnly(2026, 1, 4), new DateOnly(2026, 1, 4), new DateOnly(2026, 2, 14), new DateOnly(2026, 3, 3)],
            "");

        // When
        var codes = schedule.Validate().Select(e => e.Code).ToList();

        // Then
        Assert.Equal(
            ["Holidays.Conflict", "Holidays.DuplicateHoliday", "Holidays.DuplicateWorkingDay", "Holidays.Name", "Holidays.OutsideYear", "Holidays.Source", "Holidays.WorkingDayNotWeekend"],
            codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Calendar_SkipsSeededHolidays_AndCountsMakeUpDays()
    {
        // Given the seeded 2025 schedule
        var calendar = HolidaySchedule.Calendar(HolidaySeed.All, [], []);

        // When a case arrives on Friday 2025-09-26
        var due = calendar.AddWorkingDays(new DateOnly(2025, 9, 26), 10);

        // Then 09-28 and 10-11 are worked and 10-01..10-08 are not
        Assert.Equal(new DateOnly(2025, 10, 16), due);
    }

    [Fact]
    public void Calendar_AddsExtraDates_ButLetsTheScheduleWin_WhenTheyContradictIt()
    {
        // Given configuration that calls the seeded make-up Sunday 2026-01-04 a holiday and adds 2026-03-02
        var calendar = HolidaySchedule.Calendar(HolidaySeed.All, [new DateOnly(2026, 1, 4), new DateOnly(2026, 3, 2)], [new DateOnly(2026, 1, 1)]);

        // When / Then
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 1, 4)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 1, 1)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 3, 2)));
    }
}
