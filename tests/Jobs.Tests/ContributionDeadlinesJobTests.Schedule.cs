using SocialInsurance.Api.Jobs;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Jobs.Tests;

/// <summary>When the deduction runs: holidays move it, an enrolment after it defers the first one.</summary>
public sealed partial class ContributionDeadlinesJobTests
{
    [Fact]
    public async Task DeadlineJob_RemindsOfTheNextWorkingDay_WhenTheDeductionDayIsAHoliday()
    {
        // Given 2026-02-20 is in the seeded 春节 holidays (02-15..02-23): the deduction moves to Tuesday the 24th
        var person = await EnrollAsync(IdNumber("65010219900101011"), PaymentFrequency.Monthly, new YearMonth(2026, 2));
        await Job.RunAsync(CancellationToken.None);

        // When seven days before the 24th
        _time.SetUtcNow(At(2026, 2, 17));
        await Job.RunAsync(CancellationToken.None);

        // Then
        var reminder = Assert.Single(await NotificationsAsync(), n => n.Kind == ContributionDeadlinesJob.ReminderKind && n.ApplicationId == person);
        Assert.Contains("2026-02-24", reminder.TextZh, StringComparison.Ordinal);
        Assert.Contains("2026-02-24", reminder.TextEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadlineJob_AsksForResultsOnlyAfterTheShiftedDeductionDay_AndThenRecordsThem()
    {
        // Given a signed person; the bureau deducts on the shifted day, 2026-02-24
        var id = IdNumber("65010219900101012");
        var person = await EnrollAsync(id, PaymentFrequency.Monthly, new YearMonth(2026, 2));
        await SignAsync(id);
        await Job.RunAsync(CancellationToken.None);

        // When on the 21st, after the policy's 20th but before the shifted day
        _time.SetUtcNow(At(2026, 2, 21));
        var early = await Job.RunAsync(CancellationToken.None);
        _time.SetUtcNow(At(2026, 2, 24));
        await _simulator.RunDeductionBatchAsync("2026-02", [(id, 800m)]);
        _time.SetUtcNow(At(2026, 2, 25));
        var after = await Job.RunAsync(CancellationToken.None);

        // Then
        Assert.Equal(0, early.Asked);
        Assert.Equal((1, 1), (after.Asked, after.Paid));
        Assert.Equal(new DateOnly(2026, 2, 24), Assert.Single(await PeriodsAsync()).PaidOn);
        Assert.Equal(1, (await PersonAsync(person)).FlexibleMonths);
    }

    [Fact]
    public async Task DeadlineJob_DefersTheFirstDeductionToJanuary_WhenEnrolledInDecemberAfterTheDeductionDay()
    {
        // Given an enrolment registered on 2026-12-28, after December's deduction day
        _time.SetUtcNow(At(2026, 12, 28));
        var id = IdNumber("65010219900101013");
        var person = await EnrollAsync(id, PaymentFrequency.Monthly, new YearMonth(2026, 12));
        await SignAsync(id);
        await Job.RunAsync(CancellationToken.None);
        var december = Assert.Single(await PeriodsAsync());

        // When the year turns, and then the bureau deducts December on 2027-01-20
        _time.SetUtcNow(At(2027, 1, 2));
        await Job.RunAsync(CancellationToken.None);
        var onJanuary2 = Assert.Single(await PeriodsAsync(), p => p.Period.Start == new YearMonth(2026, 12));
        _time.SetUtcNow(At(2027, 1, 20));
        await _simulator.RunDeductionBatchAsync("2026-12", [(id, 800m)]);
        _time.SetUtcNow(At(2027, 1, 21));
        await Job.RunAsync(CancellationToken.None);

        // Then December is not in arrears at the turn of the year, and is paid by the January deduction
        Assert.Equal(new DateOnly(2027, 1, 20), december.DeductOn);
        Assert.Equal(ContributionPeriodStatus.Due, onJanuary2.Status);
        var paid = Assert.Single(await PeriodsAsync(), p => p.Period.Start == new YearMonth(2026, 12));
        Assert.Equal((ContributionPeriodStatus.Paid, new DateOnly(2027, 1, 20)), (paid.Status, paid.PaidOn));
        Assert.Equal(1, (await PersonAsync(person)).FlexibleMonths);
        Assert.DoesNotContain(await NotificationsAsync(), n => n.Kind == ContributionDeadlinesJob.ArrearsKind);
    }

    [Fact]
    public async Task DeadlineJob_StillPutsTheDeferredPeriodInArrears_WhenItsDeferredDeductionFails()
    {
        // Given a December enrolment after the deduction day, without money on the card
        _time.SetUtcNow(At(2026, 12, 28));
        await EnrollAsync(Failing, PaymentFrequency.Monthly, new YearMonth(2026, 12));
        await SignAsync(Failing);
        await Job.RunAsync(CancellationToken.None);
        _time.SetUtcNow(At(2027, 1, 20));
        await _simulator.RunDeductionBatchAsync("2026-12", [(Failing, 800m)]);

        // When
        _time.SetUtcNow(At(2027, 1, 21));
        await Job.RunAsync(CancellationToken.None);

        // Then
        var december = Assert.Single(await PeriodsAsync(), p => p.Period.Start == new YearMonth(2026, 12));
        Assert.Equal((ContributionPeriodStatus.InArrears, 1), (december.Status, december.FailedAttempts));
    }
}
