using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.Contributions;

public class BillingPeriodTests
{
    [Theory]
    [InlineData("2026-05", PaymentFrequency.Monthly, "2026-05", "2026-05")]
    [InlineData("2026-05", PaymentFrequency.Quarterly, "2026-04", "2026-06")]
    [InlineData("2026-05", PaymentFrequency.HalfYearly, "2026-01", "2026-06")]
    [InlineData("2026-08", PaymentFrequency.HalfYearly, "2026-07", "2026-12")]
    [InlineData("2026-05", PaymentFrequency.Yearly, "2026-01", "2026-12")]
    public void Containing_AlignsToTheCalendar(string month, PaymentFrequency frequency, string start, string end)
    {
        // Given / When
        var period = BillingPeriod.Containing(YearMonth.Parse(month), frequency);

        // Then
        Assert.Equal(YearMonth.Parse(start), period.Start);
        Assert.Equal(YearMonth.Parse(end), period.End);
    }

    [Theory]
    [InlineData("2026-05", PaymentFrequency.Quarterly, "2026-06", 2)]
    [InlineData("2026-03", PaymentFrequency.Quarterly, "2026-03", 1)]
    [InlineData("2026-02", PaymentFrequency.HalfYearly, "2026-06", 5)]
    [InlineData("2026-11", PaymentFrequency.Yearly, "2026-12", 2)]
    [InlineData("2026-11", PaymentFrequency.Monthly, "2026-11", 1)]
    public void StartingAt_CoversTheRestOfTheCalendarPeriod_WhenStartingMidPeriod(
        string month, PaymentFrequency frequency, string end, int months)
    {
        // Given / When
        var period = BillingPeriod.StartingAt(YearMonth.Parse(month), frequency);

        // Then
        Assert.Equal(YearMonth.Parse(month), period.Start);
        Assert.Equal(YearMonth.Parse(end), period.End);
        Assert.Equal(months, period.Months);
    }

    [Fact]
    public void Schedule_ContinuesWithFullCalendarPeriods()
    {
        // Given someone paying quarterly from 2026-05
        // When
        var periods = BillingPeriod.Schedule(YearMonth.Parse("2026-05"), YearMonth.Parse("2027-01"), PaymentFrequency.Quarterly)
            .Select(p => p.ToString());

        // Then
        Assert.Equal(["2026-05..2026-06", "2026-07..2026-09", "2026-10..2026-12", "2027-01..2027-03"], periods);
    }

    [Fact]
    public void Of_Throws_WhenPeriodCrossesAYear()
    {
        // Given / When / Then
        var error = Assert.Throws<DomainException>(() => BillingPeriod.Of(YearMonth.Parse("2026-12"), YearMonth.Parse("2027-01")));
        Assert.Equal("BillingPeriod.Invalid", error.Code);
    }

    [Fact]
    public void Contains_IsInclusive()
    {
        // Given
        var q2 = BillingPeriod.Containing(YearMonth.Parse("2026-05"), PaymentFrequency.Quarterly);

        // When / Then
        Assert.True(q2.Contains(YearMonth.Parse("2026-04")));
        Assert.True(q2.Contains(YearMonth.Parse("2026-06")));
        Assert.False(q2.Contains(YearMonth.Parse("2026-07")));
    }

    [Theory]
    [InlineData(PaymentFrequency.Monthly, 1, "按月")]
    [InlineData(PaymentFrequency.Quarterly, 3, "按季")]
    [InlineData(PaymentFrequency.HalfYearly, 6, "按半年")]
    [InlineData(PaymentFrequency.Yearly, 12, "按年")]
    public void PaymentFrequency_HasLengthAndChineseName(PaymentFrequency frequency, int months, string zh)
    {
        // Given / When / Then
        Assert.Equal(months, frequency.MonthsPerPeriod());
        Assert.Equal(zh, frequency.NameZh());
    }
}
