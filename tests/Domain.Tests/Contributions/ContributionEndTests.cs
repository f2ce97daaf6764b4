using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.Contributions;

/// <summary>
/// Reaching retirement ends contributions, unless the person is short of the minimum years (延长缴费). A man born
/// 1966-01 would have retired in 2026-01; the 2025 reform moves him to 2026-05; he needs 180 months.
/// </summary>
public class ContributionEndTests
{
    private static ContributionSummary Summary(int employerMonths, string currentMonth = "2026-03") =>
        new InsuredPerson(Guid.NewGuid(), Ids.Man("1966-01-10"), "张三", employerMonths)
            .SummariseContributions(55, YearMonth.Parse(currentMonth));

    [Theory]
    [InlineData(200, "2026-04", "2026-06", "2026-04", "2026-04")] // the quarter is cut at the retirement month
    [InlineData(200, "2026-01", "2026-03", "2026-01", "2026-03")] // wholly before retirement: billed as it is
    [InlineData(177, "2026-04", "2026-06", "2026-04", "2026-05")] // 177 + 2 open (03, 04) + 05 = 180: 延长缴费 of one month
    public void Owed_CutsThePeriod_AtTheMonthContributionsEnd(int employerMonths, string start, string end, string owedStart, string owedEnd)
    {
        // Given: March is billed and not yet paid
        var summary = Summary(employerMonths);
        var open = start == "2026-04" ? 1 : 0;

        // When
        var owed = ContributionEnd.Owed(BillingPeriod.Of(YearMonth.Parse(start), YearMonth.Parse(end)), summary, open);

        // Then
        Assert.NotNull(owed);
        Assert.Equal((YearMonth.Parse(owedStart), YearMonth.Parse(owedEnd)), (owed.Start, owed.End));
    }

    [Fact]
    public void Owed_IsNothing_FromTheRetirementMonthOn_WhenTheMinimumIsMet()
    {
        // Given
        var summary = Summary(employerMonths: 180, currentMonth: "2026-07");

        // When
        var owed = ContributionEnd.Owed(BillingPeriod.Of(new YearMonth(2026, 7), new YearMonth(2026, 7)), summary, openMonths: 0);

        // Then
        Assert.Null(owed);
    }

    [Fact]
    public void Owed_KeepsBilling_AfterRetirement_WhileShortOfTheMinimum()
    {
        // Given 延长缴费: 100 months credited, 2 billed and unpaid
        var summary = Summary(employerMonths: 100, currentMonth: "2026-07");

        // When
        var owed = ContributionEnd.Owed(BillingPeriod.Of(new YearMonth(2026, 7), new YearMonth(2026, 9)), summary, openMonths: 2);

        // Then
        Assert.Equal(3, owed!.Months);
    }

    [Theory]
    [InlineData(200, "2026-03", "2026-05", "RetirementReached")]
    [InlineData(177, "2026-03", "2026-06", "ExtendedToMinimum")] // 177 + 03, 04 = 179: one month past retirement
    [InlineData(170, "2026-08", "2027-06", "ExtendedToMinimum")] // after retirement: the 10 missing months from now
    public void For_SaysWhenAndWhyContributionsEnd(int employerMonths, string currentMonth, string endMonth, string reason)
    {
        // Given
        var summary = Summary(employerMonths, currentMonth);

        // When
        var end = ContributionEnd.For(summary, YearMonth.Parse(currentMonth));

        // Then
        Assert.Equal((YearMonth.Parse(endMonth), reason), (end.Month, end.Reason.ToString()));
        Assert.False(string.IsNullOrWhiteSpace(end.Zh));
    }
}
