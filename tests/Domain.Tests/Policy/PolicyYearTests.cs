using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.Policy;

public class PolicyYearTests
{
    [Theory]
    [InlineData(3681)]
    [InlineData(6531)]
    [InlineData(12345.67)]
    [InlineData(19593)]
    public void CheckBase_Accepts_WhenWithinLimitsInFreeMode(decimal yuan)
    {
        // Given the 2021 limits 3,681–19,593 (DOMAIN-SOURCES §2.3)
        var policy = PolicyYears.Urumqi(2021);

        // When / Then
        Assert.Empty(policy.CheckBase(ContributionBase.Create(yuan)));
    }

    [Theory]
    [InlineData(3680.99)]
    [InlineData(19593.01)]
    public void CheckBase_Rejects_WhenOutsideLimits(decimal yuan)
    {
        // Given
        var policy = PolicyYears.Urumqi(2021);

        // When
        var errors = policy.CheckBase(ContributionBase.Create(yuan));

        // Then
        Assert.Equal("ContributionBase.OutOfRange", Assert.Single(errors).Code);
    }

    [Fact]
    public void GradeAmounts_AreAverageTimesGrade_RoundedToYuan_WithinLimits()
    {
        // Given 60%..300% of 6,531
        var policy = PolicyYears.Urumqi(2021, GradeMode.Fixed);

        // When
        var amounts = policy.GradeAmounts.Select(a => a.Yuan).ToList();

        // Then 60% = 3,918.6 → 3,919; 70% = 4,571.7 → 4,572; 300% = 19,593
        Assert.Equal(25, amounts.Count);
        Assert.Equal(3919m, amounts[0]);
        Assert.Equal(4572m, amounts[1]);
        Assert.Equal(6531m, amounts[4]);
        Assert.Equal(19593m, amounts[^1]);
    }

    [Fact]
    public void CheckBase_RequiresAGradeAmount_InFixedMode()
    {
        // Given
        var policy = PolicyYears.Urumqi(2021, GradeMode.Fixed);

        // When
        var onGrade = policy.CheckBase(ContributionBase.Create(4572m));
        var offGrade = policy.CheckBase(ContributionBase.Create(4000m));

        // Then
        Assert.Empty(onGrade);
        Assert.Equal("ContributionBase.NotAGrade", Assert.Single(offGrade).Code);
    }

    [Fact]
    public void CheckBase_ReportsBothProblems_WhenOffGradeAndOutOfRange()
    {
        // Given / When
        var errors = PolicyYears.Urumqi(2021, GradeMode.Fixed).CheckBase(ContributionBase.Create(100m));

        // Then
        Assert.Equal(["ContributionBase.OutOfRange", "ContributionBase.NotAGrade"], errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData(3681, 1, 736.20, 294.48)]
    [InlineData(19593, 1, 3918.60, 1567.44)]
    [InlineData(6531, 3, 3918.60, 1567.44)]
    [InlineData(3681.55, 12, 8835.72, 3534.24)]
    public void ContributionFor_IsBaseTimesRateTimesMonths_SplitEightToTwelve(
        decimal baseYuan, int months, decimal total, decimal personal)
    {
        // Given 20% = 8% personal account + 12% pooled (DOMAIN-SOURCES §3.1); 736.2–3,918.6 a month in 2021 (§2.3)
        var policy = PolicyYears.Urumqi(2021);

        // When
        var amount = policy.ContributionFor(ContributionBase.Create(baseYuan), months);

        // Then
        Assert.Equal(total, amount.Total.Yuan);
        Assert.Equal(personal, amount.PersonalAccount.Yuan);
        Assert.Equal(total - personal, amount.Pooled.Yuan);
        Assert.Equal(months, amount.Months);
    }

    [Fact]
    public void Validate_Accepts_TheSeed()
    {
        // Given / When / Then
        Assert.Empty(PolicySeed.Urumqi2021.Validate());
    }

    [Fact]
    public void Validate_RejectsDeductionDaysMissingFromSomeMonths()
    {
        // Given / When
        var errors = (PolicySeed.Urumqi2021 with { DeductionDay = 31, Source = " " }).Validate();

        // Then
        Assert.Equal(["PolicyYear.DeductionDay", "PolicyYear.Source"], errors.Select(e => e.Code));
    }

    [Fact]
    public void Validate_ReportsLimitsRatesAndGrades_EachWithItsOwnCode()
    {
        // Given equal limits, a zero average wage, a rate above 1 and grades out of order
        var row = PolicySeed.Urumqi2021 with
        {
            AverageMonthlyWage = Money.Zero,
            BaseLowerLimit = Money.FromYuan(5000m),
            BaseUpperLimit = Money.FromYuan(5000m),
            Rate = 1.2m,
            Grades = [0.6m, 1m, 0.8m],
        };

        // When
        var codes = row.Validate().Select(e => e.Code).Order(StringComparer.Ordinal);

        // Then
        Assert.Equal(["PolicyYear.AverageWage", "PolicyYear.GradesOrder", "PolicyYear.Limits", "PolicyYear.Rate", "PolicyYear.Rates"], codes);
    }

    [Fact]
    public void Validate_RefusesFixedGradesOutsideTheLimits_ButNotFreePresets()
    {
        // Given limits that cut off the 300% grade of 6,531 (19,593)
        var narrow = PolicySeed.Urumqi2021 with { BaseUpperLimit = Money.FromYuan(15000m) };

        // When
        var fixedErrors = (narrow with { GradeMode = GradeMode.Fixed }).Validate();
        var freeErrors = narrow.Validate();

        // Then
        Assert.Equal("PolicyYear.GradesOutOfLimits", Assert.Single(fixedErrors).Code);
        Assert.Contains("19593", fixedErrors[0].MessageEn);
        Assert.Empty(freeErrors);
    }
}
