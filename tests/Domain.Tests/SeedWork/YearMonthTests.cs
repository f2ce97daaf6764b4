using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.SeedWork;

public class YearMonthTests
{
    [Fact]
    public void Parse_ReadsYearDashMonth()
    {
        // Given / When
        var month = YearMonth.Parse("2026-05");

        // Then
        Assert.Equal(new YearMonth(2026, 5), month);
        Assert.Equal("2026-05", month.ToString());
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026/05")]
    [InlineData("202605")]
    [InlineData("")]
    [InlineData(null)]
    public void TryCreate_Fails_WhenNotYearDashMonth(string? text)
    {
        // Given / When
        var ok = YearMonth.TryCreate(text, out _, out var error);

        // Then
        Assert.False(ok);
        Assert.Equal("YearMonth.Invalid", error!.Code);
    }

    [Fact]
    public void Constructor_Throws_WhenMonthOutOfRange()
    {
        // Given / When / Then
        Assert.Throws<DomainException>(() => new YearMonth(2026, 0));
    }

    [Theory]
    [InlineData("2025-11", 3, "2026-02")]
    [InlineData("2026-01", -1, "2025-12")]
    [InlineData("2026-01", -13, "2024-12")]
    [InlineData("1974-10", 675, "2031-01")]
    public void AddMonths_CrossesYears(string start, int months, string expected)
    {
        // Given / When / Then
        Assert.Equal(YearMonth.Parse(expected), YearMonth.Parse(start).AddMonths(months));
    }

    [Fact]
    public void Comparison_OrdersByYearThenMonth()
    {
        // Given
        var earlier = new YearMonth(2025, 12);
        var later = new YearMonth(2026, 1);

        // When / Then
        Assert.True(earlier < later);
        Assert.True(later >= earlier);
        Assert.Equal(1, later.MonthsSince(earlier));
        Assert.Equal(-1, earlier.CompareTo(later));
    }

    [Theory]
    [InlineData(2, 1, 1, "2026-01", "2026-01")]
    [InlineData(5, 2, 1, "2026-04", "2026-01")]
    [InlineData(9, 3, 2, "2026-07", "2026-07")]
    [InlineData(12, 4, 2, "2026-10", "2026-07")]
    public void Alignment_FindsQuarterAndHalfYear(int month, int quarter, int half, string quarterStart, string halfStart)
    {
        // Given
        var yearMonth = new YearMonth(2026, month);

        // When / Then
        Assert.Equal(quarter, yearMonth.Quarter);
        Assert.Equal(half, yearMonth.HalfYear);
        Assert.Equal(YearMonth.Parse(quarterStart), yearMonth.StartOfQuarter);
        Assert.Equal(YearMonth.Parse(halfStart), yearMonth.StartOfHalfYear);
        Assert.Equal(new YearMonth(2026, 1), yearMonth.StartOfYear);
    }

    [Fact]
    public void LastDay_KnowsLeapYears()
    {
        // Given / When / Then
        Assert.Equal(new DateOnly(2028, 2, 29), new YearMonth(2028, 2).LastDay);
    }
}
