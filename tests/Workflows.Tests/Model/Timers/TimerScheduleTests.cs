using System.Globalization;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Timers;

namespace SocialInsurance.Workflows.Tests.Model.Timers;

public sealed class TimerScheduleTests
{
    [Theory]
    [InlineData(TimerKind.Duration, "PT10M", "2026-01-31T10:00:00+08:00", "2026-01-31T10:10:00+08:00")]
    [InlineData(TimerKind.Duration, "PT0.5S", "2026-01-31T10:00:00+08:00", "2026-01-31T10:00:00.5+08:00")]
    [InlineData(TimerKind.Duration, "P1W", "2026-01-31T10:00:00+08:00", "2026-02-07T10:00:00+08:00")]
    [InlineData(TimerKind.Duration, "P10D", "2026-01-31T10:00:00+08:00", "2026-02-10T10:00:00+08:00")]
    [InlineData(TimerKind.Duration, "P1M", "2026-01-31T10:00:00+08:00", "2026-02-28T10:00:00+08:00")]
    [InlineData(TimerKind.Duration, "P1M", "2026-01-31T20:00:00Z", "2026-03-01T04:00:00+08:00")]
    [InlineData(TimerKind.Date, "2026-03-01T09:00:00", "2026-01-31T10:00:00+08:00", "2026-03-01T09:00:00+08:00")]
    [InlineData(TimerKind.Date, "2026-01-01T00:00:00Z", "2026-01-31T10:00:00+08:00", "2026-01-01T00:00:00Z")]
    [InlineData(TimerKind.Cycle, "R3/PT10S", "2026-01-31T10:00:00+08:00", "2026-01-31T10:00:10+08:00")]
    [InlineData(TimerKind.Cycle, "R/P1D", "2026-01-31T10:00:00+08:00", "2026-02-01T10:00:00+08:00")]
    [InlineData(TimerKind.Cycle, "R2/2026-01-01T00:00:00Z/PT1H", "2025-12-31T00:00:00Z", "2026-01-01T00:00:00Z")]
    [InlineData(TimerKind.Cycle, "R2/2026-01-01T00:00:00Z/PT1H", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z")]
    [InlineData(TimerKind.Cycle, "R2/2026-01-01T00:00:00Z/PT1H", "2026-01-01T00:30:00Z", "2026-01-01T01:00:00Z")]
    [InlineData(TimerKind.Cycle, "R/2026-01-01T00:00:00Z/P1D", "2026-01-10T12:00:00Z", "2026-01-11T00:00:00Z")]
    [InlineData(TimerKind.Cycle, "R/2020-01-01T00:00:00Z/PT1M", "2026-01-10T12:00:30Z", "2026-01-10T12:01:00Z")]
    public void FirstDue_FollowsTheTimerText_FromTheMomentItIsArmed(TimerKind kind, string text, string armedAt, string expected)
    {
        // Given
        var armed = At(armedAt);

        // When
        var due = TimerSchedule.FirstDue(kind, text, armed);

        // Then
        Assert.Equal(At(expected), due);
    }

    [Theory]
    [InlineData(TimerKind.Duration, "10 minutes", "Expected an ISO 8601 duration like PT10M, but got '10 minutes'")]
    [InlineData(TimerKind.Duration, "", "Expected an ISO 8601 duration like PT10M, but got ''")]
    [InlineData(TimerKind.Date, "tomorrow", "Expected an ISO 8601 date-time like 2026-01-31T09:00:00+08:00, but got 'tomorrow'")]
    [InlineData(TimerKind.Cycle, "PT10M", "Expected an ISO 8601 repeating interval like R3/PT10M or R/P1D, but got 'PT10M'")]
    [InlineData(TimerKind.Cycle, "R3/PT0S", "Expected an ISO 8601 repeating interval like R3/PT10M or R/P1D, but got 'R3/PT0S'")]
    [InlineData(TimerKind.Cycle, "R2/2026-01-01T00:00:00Z/PT1H", "Expected the timer cycle 'R2/2026-01-01T00:00:00Z/PT1H' to have a repetition due at or after 2026-02-01T00:00:00+00:00, but its last one was due at 2026-01-01T09:00:00+08:00")]
    [InlineData(TimerKind.Duration, "P9999Y", "Expected a timer that falls due before the year 10000, but 'P9999Y' after 2026-02-01T00:00:00+00:00 does not")]
    public void FirstDue_ThrowsAClearFormatException_ForTextsThatCannotBeScheduled(TimerKind kind, string text, string message)
    {
        // Given
        var armed = At("2026-02-01T00:00:00Z");

        // When
        var failure = Assert.Throws<FormatException>(() => TimerSchedule.FirstDue(kind, text, armed));

        // Then
        Assert.Equal(message, failure.Message);
    }

    [Fact]
    public void NextDue_FiresThreeTimesInAll_ForR3()
    {
        // Given
        var first = TimerSchedule.FirstDue(TimerKind.Cycle, "R3/PT10S", At("2026-01-31T10:00:00+08:00"));

        // When
        var second = TimerSchedule.NextDue("R3/PT10S", first, timesFired: 1);
        var third = TimerSchedule.NextDue("R3/PT10S", second!.Value, timesFired: 2);
        var fourth = TimerSchedule.NextDue("R3/PT10S", third!.Value, timesFired: 3);

        // Then
        Assert.Equal(At("2026-01-31T10:00:10+08:00"), first);
        Assert.Equal(At("2026-01-31T10:00:20+08:00"), second);
        Assert.Equal(At("2026-01-31T10:00:30+08:00"), third);
        Assert.Null(fourth);
    }

    [Fact]
    public void NextDue_NeverRunsOut_ForAnUnboundedCycle()
    {
        // Given
        var previous = At("2026-01-31T10:00:00+08:00");

        // When
        var next = TimerSchedule.NextDue("R/P1D", previous, timesFired: 10_000);

        // Then
        Assert.Equal(At("2026-02-01T10:00:00+08:00"), next);
    }

    [Fact]
    public void NextDue_FiresTwiceInAll_ForR2WithAStart()
    {
        // Given
        const string cycle = "R2/2026-01-01T00:00:00Z/PT1H";
        var first = TimerSchedule.FirstDue(TimerKind.Cycle, cycle, At("2025-12-31T00:00:00Z"));

        // When
        var second = TimerSchedule.NextDue(cycle, first, timesFired: 1);
        var third = TimerSchedule.NextDue(cycle, second!.Value, timesFired: 2);

        // Then
        Assert.Equal(At("2026-01-01T00:00:00Z"), first);
        Assert.Equal(At("2026-01-01T01:00:00Z"), second);
        Assert.Null(third);
    }

    [Fact]
    public void NextDue_StaysOnTheStartsGrid_WhenMonthsHaveDifferentLengths()
    {
        // Given
        const string cycle = "R/2026-01-31T09:00:00+08:00/P1M";

        // When
        var february = TimerSchedule.NextDue(cycle, At("2026-01-31T09:00:00+08:00"), timesFired: 1);
        var march = TimerSchedule.NextDue(cycle, february!.Value, timesFired: 2);

        // Then
        Assert.Equal(At("2026-02-28T09:00:00+08:00"), february);
        Assert.Equal(At("2026-03-31T09:00:00+08:00"), march);
    }

    [Fact]
    public void NextDue_CountsInBeijingTime_WhenThePreviousDueIsInUtc()
    {
        // Given
        var previous = At("2026-01-31T20:00:00Z");

        // When
        var next = TimerSchedule.NextDue("R/P1M", previous, timesFired: 1);

        // Then
        Assert.Equal(At("2026-03-01T04:00:00+08:00"), next);
        Assert.Equal(TimeSpan.FromHours(8), next!.Value.Offset);
    }

    [Fact]
    public void NextDue_ThrowsAClearFormatException_WhenTheTextIsNotACycle()
    {
        // Given
        var previous = At("2026-01-31T10:00:00+08:00");

        // When
        var failure = Assert.Throws<FormatException>(() => TimerSchedule.NextDue("PT10S", previous, timesFired: 1));

        // Then
        Assert.Equal("Expected an ISO 8601 repeating interval like R3/PT10M or R/P1D, but got 'PT10S'", failure.Message);
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
