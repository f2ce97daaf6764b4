using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.SeedWork;

public class ChinaTimeTests
{
    [Fact]
    public void ToBusinessDate_IsTheNextDay_WhenUtcEveningIsAfterMidnightInBeijing()
    {
        // Given 2026-01-31 16:30 UTC = 2026-02-01 00:30 in Beijing
        var instant = new DateTimeOffset(2026, 1, 31, 16, 30, 0, TimeSpan.Zero);

        // When
        var date = ChinaTime.ToBusinessDate(instant);

        // Then
        Assert.Equal(new DateOnly(2026, 2, 1), date);
        Assert.Equal(new YearMonth(2026, 2), ChinaTime.ToBusinessMonth(instant));
    }

    [Fact]
    public void CurrentMonth_ReadsTheInjectedClock()
    {
        // Given a clock at 2025-12-31 23:59 UTC (2026-01-01 07:59 in Beijing)
        var clock = new FixedClock(new DateTimeOffset(2025, 12, 31, 23, 59, 0, TimeSpan.Zero));

        // When / Then
        Assert.Equal(new YearMonth(2026, 1), ChinaTime.CurrentMonth(clock));
        Assert.Equal(new DateOnly(2026, 1, 1), ChinaTime.Today(clock));
    }
}
