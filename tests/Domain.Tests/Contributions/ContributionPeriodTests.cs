using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Domain.Tests.Policy;

namespace SocialInsurance.Domain.Tests.Contributions;

public class ContributionPeriodTests
{
    private static ContributionPeriod Q2Of2026()
    {
        var period = BillingPeriod.Containing(YearMonth.Parse("2026-05"), PaymentFrequency.Quarterly);
        var amount = PolicyYears.Urumqi(2026).ContributionFor(ContributionBase.Create(5000m), period.Months);
        return new ContributionPeriod(Guid.NewGuid(), Guid.NewGuid(), period, amount);
    }

    [Fact]
    public void NewPeriod_IsDue()
    {
        // Given / When
        var period = Q2Of2026();

        // Then 5,000 × 20% × 3
        Assert.Equal(ContributionPeriodStatus.Due, period.Status);
        Assert.Equal(3000m, period.Amount.Total.Yuan);
    }

    [Fact]
    public void Constructor_Throws_WhenAmountCoversOtherMonths()
    {
        // Given
        var period = BillingPeriod.Containing(YearMonth.Parse("2026-05"), PaymentFrequency.Quarterly);
        var amount = PolicyYears.Urumqi(2026).ContributionFor(ContributionBase.Create(5000m), 1);

        // When / Then
        Assert.Throws<DomainException>(() => new ContributionPeriod(Guid.NewGuid(), Guid.NewGuid(), period, amount));
    }

    [Fact]
    public void RecordPayment_MakesDuePaid_AndRaisesContributionPaid()
    {
        // Given
        var period = Q2Of2026();

        // When
        period.RecordPayment(new DateOnly(2026, 4, 20), allowPastYearArrears: false);

        // Then
        Assert.Equal(ContributionPeriodStatus.Paid, period.Status);
        Assert.Equal(new DateOnly(2026, 4, 20), period.PaidOn);
        var paid = Assert.IsType<ContributionPaid>(Assert.Single(period.DomainEvents));
        Assert.Equal(3, paid.Months);
    }

    [Fact]
    public void RecordFailedDeduction_MakesDueFailed_ThenALaterDeductionPays()
    {
        // Given
        var period = Q2Of2026();

        // When
        period.RecordFailedDeduction(new DateOnly(2026, 4, 20), "InsufficientBalance");
        period.RecordFailedDeduction(new DateOnly(2026, 5, 20), "InsufficientBalance");
        var failedStatus = period.Status;
        period.RecordPayment(new DateOnly(2026, 6, 20), allowPastYearArrears: false);

        // Then
        Assert.Equal(ContributionPeriodStatus.Failed, failedStatus);
        Assert.Equal(2, period.FailedAttempts);
        Assert.Equal(ContributionPeriodStatus.Paid, period.Status);
        Assert.Equal(
            [typeof(ContributionDeductionFailed), typeof(ContributionDeductionFailed), typeof(ContributionPaid)],
            period.DomainEvents.Select(e => e.GetType()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void MarkInArrears_AfterThePeriodEnded_FromDueOrFailed(bool failedFirst)
    {
        // Given
        var period = Q2Of2026();
        if (failedFirst)
        {
            period.RecordFailedDeduction(new DateOnly(2026, 6, 20), "NoAgreement");
        }

        // When
        period.MarkInArrears(YearMonth.Parse("2026-07"));

        // Then
        Assert.Equal(ContributionPeriodStatus.InArrears, period.Status);
        Assert.IsType<ContributionFellIntoArrears>(period.DomainEvents[^1]);
    }

    [Fact]
    public void MarkInArrears_Throws_WhilePeriodRuns()
    {
        // Given
        var period = Q2Of2026();

        // When / Then
        var error = Assert.Throws<DomainException>(() => period.MarkInArrears(YearMonth.Parse("2026-06")));
        Assert.Equal("ContributionPeriod.NotEnded", error.Code);
    }

    [Fact]
    public void MarkInArrears_Throws_WhenAlreadyInArrears()
    {
        // Given
        var period = Q2Of2026();
        period.MarkInArrears(YearMonth.Parse("2026-07"));

        // When / Then
        var error = Assert.Throws<DomainException>(() => period.MarkInArrears(YearMonth.Parse("2026-08")));
        Assert.Equal("ContributionPeriod.NotOutstanding", error.Code);
    }

    [Fact]
    public void RecordFailedDeduction_KeepsArrears_WhenPeriodInArrears()
    {
        // Given
        var period = Q2Of2026();
        period.MarkInArrears(YearMonth.Parse("2026-07"));

        // When
        period.RecordFailedDeduction(new DateOnly(2026, 7, 20), "InsufficientBalance");

        // Then
        Assert.Equal(ContributionPeriodStatus.InArrears, period.Status);
    }

    [Fact]
    public void RecordPayment_PaysArrears_WithinTheSameYear()
    {
        // Given
        var period = Q2Of2026();
        period.MarkInArrears(YearMonth.Parse("2026-07"));

        // When
        period.RecordPayment(new DateOnly(2026, 12, 20), allowPastYearArrears: false);

        // Then
        Assert.Equal(ContributionPeriodStatus.Paid, period.Status);
    }

    [Fact]
    public void RecordPayment_Throws_ForPastYearArrears_WhenPolicyForbidsThem()
    {
        // Given
        var period = Q2Of2026();
        period.MarkInArrears(YearMonth.Parse("2026-07"));

        // When
        var error = Assert.Throws<DomainException>(() => period.RecordPayment(new DateOnly(2027, 1, 20), allowPastYearArrears: false));

        // Then
        Assert.Equal("ContributionPeriod.PastYearArrears", error.Code);
        Assert.Equal(ContributionPeriodStatus.InArrears, period.Status);
    }

    [Fact]
    public void RecordPayment_PaysPastYearArrears_WhenPolicyAllowsThem()
    {
        // Given
        var period = Q2Of2026();
        period.MarkInArrears(YearMonth.Parse("2026-07"));

        // When
        period.RecordPayment(new DateOnly(2027, 1, 20), allowPastYearArrears: true);

        // Then
        Assert.Equal(ContributionPeriodStatus.Paid, period.Status);
    }

    [Fact]
    public void PaidPeriod_IsFinal()
    {
        // Given
        var period = Q2Of2026();
        period.RecordPayment(new DateOnly(2026, 4, 20), allowPastYearArrears: false);

        // When / Then
        Assert.Equal("ContributionPeriod.AlreadyPaid",
            Assert.Throws<DomainException>(() => period.RecordPayment(new DateOnly(2026, 5, 20), false)).Code);
        Assert.Equal("ContributionPeriod.AlreadyPaid",
            Assert.Throws<DomainException>(() => period.RecordFailedDeduction(new DateOnly(2026, 5, 20), "x")).Code);
        Assert.Equal("ContributionPeriod.NotOutstanding",
            Assert.Throws<DomainException>(() => period.MarkInArrears(YearMonth.Parse("2026-07"))).Code);
        Assert.Single(period.DomainEvents);
    }
}
