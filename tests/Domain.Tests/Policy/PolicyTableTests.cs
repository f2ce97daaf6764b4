using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.Policy;

public class PolicyTableTests
{
    [Fact]
    public void For_ReturnsTheYearsRow_WhenPresent()
    {
        // Given
        var table = PolicyYears.Table(2021, 2023);

        // When
        var lookup = table.For(2023);

        // Then
        Assert.Equal(2023, lookup.Policy.Year);
        Assert.False(lookup.IsFallback);
        Assert.Null(lookup.Warning);
    }

    [Fact]
    public void For_FallsBackToLatestEarlierYear_AndWarns_WhenYearMissing()
    {
        // Given rows for 2021 and 2023 only
        var table = PolicyYears.Table(2023, 2021);

        // When
        var in2022 = table.For(2022);
        var in2026 = table.For(2026);

        // Then
        Assert.Equal(2021, in2022.Policy.Year);
        Assert.True(in2022.IsFallback);
        Assert.Equal(2023, in2026.Policy.Year);
        Assert.Equal("Policy.Fallback", in2026.Warning!.Code);
    }

    [Fact]
    public void For_UsesLatestRow_WhenYearPrecedesEveryRow()
    {
        // Given
        var table = PolicyYears.Table(2021, 2023);

        // When
        var lookup = table.For(2019);

        // Then it still answers rather than refusing
        Assert.Equal(2023, lookup.Policy.Year);
        Assert.True(lookup.IsFallback);
    }

    [Fact]
    public void Default_HoldsTheUrumqi2021Seed_WithItsSource()
    {
        // Given / When
        var seed = PolicyTable.Default.For(2021).Policy;

        // Then
        Assert.Equal(6531m, seed.AverageMonthlyWage.Yuan);
        Assert.Equal(3681m, seed.BaseLowerLimit.Yuan);
        Assert.Equal(19593m, seed.BaseUpperLimit.Yuan);
        Assert.Equal(0.20m, seed.Rate);
        Assert.Equal(20, seed.DeductionDay);
        Assert.Equal([7, 3, 1], seed.ReminderOffsetsDays);
        Assert.False(seed.AllowPastYearArrears);
        Assert.Equal(55, seed.FemaleFlexibleWorkerOriginalRetirementAge);
        Assert.Equal(Confidence.Medium, seed.Confidence);
        Assert.Contains("Urumqi 2021", seed.Source);
        Assert.Contains("§2.3", seed.Source);
    }

    [Fact]
    public void Constructor_Throws_WhenEmpty()
    {
        // Given / When / Then
        var error = Assert.Throws<DomainException>(() => new PolicyTable([]));
        Assert.Equal("PolicyTable.Empty", error.Code);
    }

    [Fact]
    public void Constructor_ReportsEveryProblem_WhenRowsAreInconsistent()
    {
        // Given a duplicate year and a row whose split does not add up and whose limits are reversed
        var broken = PolicyYears.Urumqi(2022) with
        {
            PooledRate = 0.10m,
            BaseLowerLimit = Money.FromYuan(20000m),
            FemaleFlexibleWorkerOriginalRetirementAge = 52,
        };

        // When
        var error = Assert.Throws<DomainException>(() => new PolicyTable([PolicyYears.Urumqi(2021), PolicyYears.Urumqi(2021), broken]));

        // Then
        Assert.Equal(
            ["PolicyTable.DuplicateYear", "PolicyYear.FemaleRetirementAge", "PolicyYear.Limits", "PolicyYear.Rates"],
            error.Errors.Select(e => e.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Default_Lends2026TheSourced2024Row_MarkedLowConfidence()
    {
        // Given / When
        var lookup = PolicyTable.Default.For(2026);

        // Then 4,999–24,996 (DOMAIN-SOURCES open question 1), 60 % and 300 % of 8,332
        Assert.Equal(2024, lookup.Policy.Year);
        Assert.Equal((4999m, 24996m, 8332m), (lookup.Policy.BaseLowerLimit.Yuan, lookup.Policy.BaseUpperLimit.Yuan, lookup.Policy.AverageMonthlyWage.Yuan));
        Assert.Equal(Confidence.Low, lookup.Policy.Confidence);
        Assert.Contains("salary-calculator", lookup.Policy.Source, StringComparison.Ordinal);
        Assert.Contains("暂按 2024 年", lookup.Warning!.MessageZh, StringComparison.Ordinal);
        Assert.Empty(lookup.Policy.Validate());
    }
}
