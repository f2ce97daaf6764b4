using SocialInsurance.Api.Jobs;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.TaxBureau;

namespace SocialInsurance.Jobs.Tests;

/// <summary>A person's periods: due per payment frequency, paid after a deduction, failed and then in arrears.</summary>
public sealed partial class ContributionDeadlinesJobTests
{
    [Fact]
    public async Task DeadlineJob_CreatesCalendarAlignedDuePeriods_PerFrequency()
    {
        // Given
        var monthly = await EnrollAsync(IdNumber("65010219900101001"), PaymentFrequency.Monthly, new YearMonth(2026, 3));
        var quarterly = await EnrollAsync(IdNumber("65010219900101002"), PaymentFrequency.Quarterly, new YearMonth(2026, 2));
        _time.SetUtcNow(At(2026, 3, 2));

        // When
        var summary = await Job.RunAsync(CancellationToken.None);

        // Then
        Assert.Equal(2, summary.PeriodsCreated);
        var periods = await PeriodsAsync();
        var m = Assert.Single(periods, p => p.PersonId == monthly);
        Assert.Equal((new YearMonth(2026, 3), new YearMonth(2026, 3), ContributionPeriodStatus.Due), (m.Period.Start, m.Period.End, m.Status));
        var q = Assert.Single(periods, p => p.PersonId == quarterly);
        Assert.Equal((new YearMonth(2026, 2), new YearMonth(2026, 3), ContributionPeriodStatus.Due), (q.Period.Start, q.Period.End, q.Status));
        Assert.Equal(2, q.Amount.Months);
    }

    [Fact]
    public async Task DeadlineJob_MarksPaidAndCreditsMonths_AfterASuccessfulDeductionBatch()
    {
        // Given
        var id = IdNumber("65010219900101003");
        var person = await EnrollAsync(id, PaymentFrequency.Monthly, new YearMonth(2026, 3));
        await Job.RunAsync(CancellationToken.None);
        await SignAsync(id);
        _time.SetUtcNow(At(2026, 3, 20));
        await _simulator.RunDeductionBatchAsync("2026-03", [(id, 800m)]);
        _time.SetUtcNow(At(2026, 3, 21));

        // When
        var summary = await Job.RunAsync(CancellationToken.None);

        // Then
        Assert.Equal(1, summary.Paid);
        var period = Assert.Single(await PeriodsAsync());
        Assert.Equal((ContributionPeriodStatus.Paid, new DateOnly(2026, 3, 20)), (period.Status, period.PaidOn));
        Assert.Equal(1, (await PersonAsync(person)).FlexibleMonths);
    }

    [Fact]
    public async Task DeadlineJob_RecordsFailedThenInArrears_WhenTheBalanceIsInsufficient()
    {
        // Given
        var person = await EnrollAsync(Failing, PaymentFrequency.Monthly, new YearMonth(2026, 3));
        await Job.RunAsync(CancellationToken.None);
        await SignAsync(Failing);
        _time.SetUtcNow(At(2026, 3, 20));
        Assert.Equal(DeductionOutcome.InsufficientBalance, (await _simulator.RunDeductionBatchAsync("2026-03", [(Failing, 800m)])).Single().Outcome);
        _time.SetUtcNow(At(2026, 3, 21));

        // When
        await Job.RunAsync(CancellationToken.None);

        // Then
        var failed = Assert.Single(await PeriodsAsync());
        Assert.Equal((ContributionPeriodStatus.Failed, 1, "InsufficientBalance"), (failed.Status, failed.FailedAttempts, failed.LastFailureReason));

        // When the period has ended
        _time.SetUtcNow(At(2026, 4, 2));
        await Job.RunAsync(CancellationToken.None);

        // Then
        var march = Assert.Single(await PeriodsAsync(), p => p.Period.Start == new YearMonth(2026, 3));
        Assert.Equal((ContributionPeriodStatus.InArrears, 1), (march.Status, march.FailedAttempts));
        Assert.Contains(await NotificationsAsync(), n => n.Kind == ContributionDeadlinesJob.ArrearsKind && n.ApplicationId == person);
        Assert.Equal(0, (await PersonAsync(person)).FlexibleMonths);
    }
}
