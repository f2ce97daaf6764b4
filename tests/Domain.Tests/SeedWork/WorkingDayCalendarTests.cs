using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.SeedWork;

public class WorkingDayCalendarTests
{
    [Fact]
    public void AddWorkingDays_SkipsWeekends()
    {
        // Given a Friday
        var friday = new DateOnly(2026, 3, 6);

        // When
        var due = WorkingDayCalendar.WeekendsOnly.AddWorkingDays(friday, 10);

        // Then two full weeks later, on Friday
        Assert.Equal(new DateOnly(2026, 3, 20), due);
    }

    [Fact]
    public void AddWorkingDays_SkipsHolidays_AndCountsMakeUpDays()
    {
        // Given National Day 2025 (10-01..10-08 off, Sunday 09-28 and Saturday 10-11 worked)
        var holidays = Enumerable.Range(1, 8).Select(day => new DateOnly(2025, 10, day));
        var calendar = new WorkingDayCalendar(holidays, [new DateOnly(2025, 9, 28), new DateOnly(2025, 10, 11)]);

        // When a case arrives on Friday 2025-09-26
        var due = calendar.AddWorkingDays(new DateOnly(2025, 9, 26), 10);

        // Then: 09-28, 09-29, 09-30, 10-09, 10-10, 10-11, 10-13, 10-14, 10-15, 10-16
        Assert.Equal(new DateOnly(2025, 10, 16), due);
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 9, 28)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 10, 6)));
        Assert.Equal(10, calendar.WorkingDaysBetween(new DateOnly(2025, 9, 26), due));
    }

    [Fact]
    public void AddWorkingDays_ReturnsTheStart_WhenZero()
    {
        // Given / When / Then
        Assert.Equal(new DateOnly(2026, 3, 7), WorkingDayCalendar.WeekendsOnly.AddWorkingDays(new DateOnly(2026, 3, 7), 0));
    }

    [Fact]
    public void Constructor_Throws_WhenADayIsBothHolidayAndMakeUpDay()
    {
        // Given
        var day = new DateOnly(2026, 1, 1);

        // When / Then
        var error = Assert.Throws<DomainException>(() => new WorkingDayCalendar([day], [day]));
        Assert.Equal("Calendar.Conflict", error.Code);
    }
}
