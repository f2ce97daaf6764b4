using System.Globalization;
using SocialInsurance.Workflows.Model.Timers;

namespace SocialInsurance.Workflows.Tests.Model.Timers;

public sealed class Iso8601Tests
{
    [Theory]
    [InlineData("PT10M", 0, 0, 0, "00:10:00")]
    [InlineData("PT0.5S", 0, 0, 0, "00:00:00.5")]
    [InlineData("PT0,25S", 0, 0, 0, "00:00:00.25")]
    [InlineData("PT1.0000001S", 0, 0, 0, "00:00:01.0000001")]
    [InlineData("P1W", 0, 0, 7, "00:00:00")]
    [InlineData("P10D", 0, 0, 10, "00:00:00")]
    [InlineData("P1M", 0, 1, 0, "00:00:00")]
    [InlineData("P1Y", 1, 0, 0, "00:00:00")]
    [InlineData("PT36H", 0, 0, 0, "1.12:00:00")]
    [InlineData("P1Y2M3DT4H5M6.75S", 1, 2, 3, "04:05:06.75")]
    [InlineData("P2W3D", 0, 0, 17, "00:00:00")]
    [InlineData(" PT10M\n", 0, 0, 0, "00:10:00")]
    public void TryParseDuration_KeepsCalendarPartsApart_ForValidDurations(string text, int years, int months, int days, string time)
    {
        // Given
        var expected = new Iso8601Duration(years, months, days, TimeSpan.Parse(time, CultureInfo.InvariantCulture));

        // When
        var parsed = Iso8601.TryParseDuration(text, out var duration);

        // Then
        Assert.True(parsed);
        Assert.Equal(expected, duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("10M")]
    [InlineData("PT10")]
    [InlineData("P1.5D")]
    [InlineData("PT1.5M")]
    [InlineData("PT-1M")]
    [InlineData("P1M2Y")]
    [InlineData("PT1S2M")]
    [InlineData("P1DT")]
    [InlineData("P99999999999Y")]
    [InlineData("PT9999999999999999H")]
    [InlineData("10 minutes")]
    [InlineData(null)]
    public void TryParseDuration_Rejects_TextsThatAreNotDurations(string? text)
    {
        // Given
        // When
        var parsed = Iso8601.TryParseDuration(text, out _);

        // Then
        Assert.False(parsed);
    }

    [Theory]
    [InlineData("P1M", "2026-01-31T09:00:00+08:00", "2026-02-28T09:00:00+08:00")]
    [InlineData("P1M", "2028-01-31T09:00:00+08:00", "2028-02-29T09:00:00+08:00")]
    [InlineData("P1Y", "2028-02-29T09:00:00+08:00", "2029-02-28T09:00:00+08:00")]
    [InlineData("P1M1D", "2026-01-31T09:00:00+08:00", "2026-03-01T09:00:00+08:00")]
    [InlineData("P1Y1M", "2026-01-31T09:00:00+08:00", "2027-02-28T09:00:00+08:00")]
    [InlineData("P1DT12H", "2026-01-31T09:00:00+08:00", "2026-02-01T21:00:00+08:00")]
    [InlineData("PT0.5S", "2026-01-31T09:00:00+08:00", "2026-01-31T09:00:00.5+08:00")]
    public void AddTo_CountsMonthsOnTheCalendar_ClampingToTheEndOfShorterMonths(string text, string from, string expected)
    {
        // Given
        Assert.True(Iso8601.TryParseDuration(text, out var duration));

        // When
        var due = duration.AddTo(At(from));

        // Then
        Assert.Equal(At(expected), due);
    }

    [Theory]
    [InlineData("2026-03-01T09:00:00+08:00", "2026-03-01T01:00:00Z")]
    [InlineData("2026-03-01T09:00:00Z", "2026-03-01T09:00:00Z")]
    [InlineData("2026-03-01T09:00:00z", "2026-03-01T09:00:00Z")]
    [InlineData("2026-03-01T09:00:00-05:00", "2026-03-01T14:00:00Z")]
    [InlineData("2026-03-01T09:00:00+0530", "2026-03-01T03:30:00Z")]
    [InlineData("2026-03-01T09:00:00.250Z", "2026-03-01T09:00:00.25Z")]
    [InlineData("2026-03-01T09:00", "2026-03-01T01:00:00Z")]
    [InlineData("2026-03-01T09:00:00", "2026-03-01T01:00:00Z")]
    [InlineData("2026-03-01", "2026-02-28T16:00:00Z")]
    public void TryParseDate_ReadsTimesWithoutOffsetAsBeijingTime(string text, string expectedUtc)
    {
        // Given
        // When
        var parsed = Iso8601.TryParseDate(text, out var at);

        // Then
        Assert.True(parsed);
        Assert.Equal(At(expectedUtc), at);
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2026-02-30T00:00:00Z")]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-03-01T24:00:00Z")]
    [InlineData("2026-03-01T09:60:00Z")]
    [InlineData("2026-03-01T09:00:00+15:00")]
    [InlineData("2026-03-01Z")]
    [InlineData("26-03-01")]
    [InlineData("PT10M")]
    public void TryParseDate_Rejects_TextsThatAreNotDates(string text)
    {
        // Given
        // When
        var parsed = Iso8601.TryParseDate(text, out _);

        // Then
        Assert.False(parsed);
    }

    [Theory]
    [InlineData("R3/PT10S", 3, null, "PT10S")]
    [InlineData("R/P1D", null, null, "P1D")]
    [InlineData("R2/2026-01-01T00:00:00Z/PT1H", 2, "2026-01-01T00:00:00Z", "PT1H")]
    [InlineData("R/2026-01-01T08:00:00/P1M", null, "2026-01-01T00:00:00Z", "P1M")]
    public void TryParseCycle_ReadsRepetitionsStartAndInterval(string text, int? repetitions, string? start, string interval)
    {
        // Given
        Assert.True(Iso8601.TryParseDuration(interval, out var expectedInterval));

        // When
        var parsed = Iso8601.TryParseCycle(text, out var cycle);

        // Then
        Assert.True(parsed);
        Assert.Equal(new Iso8601Cycle(repetitions, start is null ? null : At(start), expectedInterval), cycle);
    }

    [Theory]
    [InlineData("PT10M")]
    [InlineData("R0/PT10M")]
    [InlineData("R-1/PT10M")]
    [InlineData("R3/PT0S")]
    [InlineData("R3")]
    [InlineData("R3/")]
    [InlineData("3/PT10M")]
    [InlineData("R3/PT10S/2026-01-01T00:00:00Z")]
    [InlineData("R3/tomorrow/PT10S")]
    [InlineData("R3/2026-01-01T00:00:00Z/PT10S/PT10S")]
    public void TryParseCycle_Rejects_TextsThatAreNotSupportedCycles(string text)
    {
        // Given
        // When
        var parsed = Iso8601.TryParseCycle(text, out _);

        // Then
        Assert.False(parsed);
    }

    [Theory]
    [InlineData("PT10M")]
    [InlineData("PT0.5S")]
    [InlineData("P1Y2M3DT4H5M6.75S")]
    [InlineData("PT36H")]
    public void ToString_WritesTheDurationBackInIsoForm(string text)
    {
        // Given
        Assert.True(Iso8601.TryParseDuration(text, out var duration));

        // When
        var written = duration.ToString();

        // Then
        Assert.Equal(text, written);
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
