using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.Domain.Tests.Policy;

namespace SocialInsurance.Domain.Tests.Contributions;

public class SuspensionBillingTests
{
    private static ContributionPeriod Period(string start, PaymentFrequency frequency)
    {
        var period = BillingPeriod.Containing(YearMonth.Parse(start), frequency);
        var amount = PolicyYears.Urumqi(2026).ContributionFor(ContributionBase.Create(5000m), period.Months);
        return new ContributionPeriod(Guid.NewGuid(), Guid.NewGuid(), period, amount);
    }

    [Fact]
    public void Apply_RefundsTheOverlappingMonths_OfAPaidPeriod()
    {
        // Given Q2 (April–June) paid, suspended from May
        var q2 = Period("2026-04", PaymentFrequency.Quarterly);
        q2.RecordPayment(new DateOnly(2026, 4, 20), allowPastYearArrears: false);

        // When
        var result = SuspensionBilling.Apply([q2], new YearMonth(2026, 5));

        // Then May and June, 2 × 1,000 yuan, are refunded; April stays paid
        Assert.Equal(ContributionPeriodStatus.Paid, q2.Status);
        Assert.Equal(2, q2.RefundedMonths);
        Assert.Equal(2000m, q2.Refund.Yuan);
        Assert.Equal(2, result.RefundedMonths);
        Assert.Contains(q2.DomainEvents, e => e is ContributionRefunded { Months: 2 });
    }

    [Fact]
    public void Apply_CutsAnUnpaidPeriod_AtTheSuspensionMonth()
    {
        // Given a due year (January–December), suspended from April
        var year = Period("2026-01", PaymentFrequency.Yearly);

        // When
        var result = SuspensionBilling.Apply([year], new YearMonth(2026, 4));

        // Then only January–March is still owed
        Assert.Equal((new YearMonth(2026, 1), new YearMonth(2026, 3)), (year.Period.Start, year.Period.End));
        Assert.Equal((3, 3000m), (year.Amount.Months, year.Amount.Total.Yuan));
        Assert.Equal(year.Amount.Total, year.Amount.PersonalAccount + year.Amount.Pooled);
        Assert.Same(year, Assert.Single(result.Cut));
    }

    [Fact]
    public void Apply_DropsUnpaidPeriods_FromTheSuspensionMonthOn()
    {
        // Given a due May, suspended from May
        var may = Period("2026-05", PaymentFrequency.Monthly);

        // When
        var result = SuspensionBilling.Apply([may], new YearMonth(2026, 5));

        // Then
        Assert.Same(may, Assert.Single(result.Dropped));
        Assert.Empty(result.Cut);
    }

    [Fact]
    public void Apply_LeavesPeriodsBeforeTheSuspension_Alone()
    {
        // Given a paid and an in-arrears period before the suspension month
        var april = Period("2026-04", PaymentFrequency.Monthly);
        april.RecordPayment(new DateOnly(2026, 4, 20), allowPastYearArrears: false);
        var march = Period("2026-03", PaymentFrequency.Monthly);
        march.MarkInArrears(new YearMonth(2026, 4));

        // When
        var result = SuspensionBilling.Apply([april, march], new YearMonth(2026, 5));

        // Then
        Assert.Equal((0, 0), (april.RefundedMonths, march.RefundedMonths));
        Assert.Empty(result.Cut);
        Assert.Empty(result.Dropped);
        Assert.Equal(0, result.RefundedMonths);
    }

    [Fact]
    public void Apply_RefundsAWholePaidPeriod_WhenTheSuspensionIsAtItsStart()
    {
        // Given a paid H2 (July–December), suspended from July
        var h2 = Period("2026-07", PaymentFrequency.HalfYearly);
        h2.RecordPayment(new DateOnly(2026, 7, 20), allowPastYearArrears: false);

        // When
        SuspensionBilling.Apply([h2], new YearMonth(2026, 7));

        // Then
        Assert.Equal(6, h2.RefundedMonths);
        Assert.Equal(0, h2.CountedMonths);
    }
}
