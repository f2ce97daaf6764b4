using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Jobs.Tests;

/// <summary>
/// Reaching retirement ends contributions. Men born 1966-01 would have retired in 2026-01; the 2025 reform moves them
/// to 2026-05. The minimum for 2026 is 180 months.
/// </summary>
public sealed partial class ContributionDeadlinesJobTests
{
    [Fact]
    public async Task DeadlineJob_BillsNoMonthFromTheRetirementMonth_WhenTheMinimumIsMet()
    {
        // Given: both enrolled in March with 200 employer months, one paying monthly, one quarterly
        var monthly = await EnrollAsync(IdNumber("65010219660101001"), PaymentFrequency.Monthly, new YearMonth(2026, 3), employerMonths: 200);
        var quarterly = await EnrollAsync(IdNumber("65010219660101003"), PaymentFrequency.Quarterly, new YearMonth(2026, 3), employerMonths: 200);

        // When the job runs in August
        _time.SetUtcNow(At(2026, 8, 2));
        await Job.RunAsync(CancellationToken.None);

        // Then: March and April only; the second quarter is cut at the retirement month
        var periods = await PeriodsAsync();
        Assert.Equal(["2026-03", "2026-04"], periods.Where(p => p.PersonId == monthly).OrderBy(p => p.Period.Start).Select(p => p.Period.ToString()));
        Assert.Equal(["2026-03", "2026-04"], periods.Where(p => p.PersonId == quarterly).OrderBy(p => p.Period.Start).Select(p => p.Period.ToString()));
    }

    [Fact]
    public async Task DeadlineJob_KeepsBillingAfterRetirement_UntilTheMinimumIsReached()
    {
        // Given 延长缴费: 177 employer months; March and April bring him to 179, so he still owes May
        var person = await EnrollAsync(IdNumber("65010219660101005"), PaymentFrequency.Monthly, new YearMonth(2026, 3), employerMonths: 177);

        // When the job runs in August
        _time.SetUtcNow(At(2026, 8, 2));
        await Job.RunAsync(CancellationToken.None);

        // Then
        var periods = (await PeriodsAsync()).Where(p => p.PersonId == person).OrderBy(p => p.Period.Start);
        Assert.Equal(["2026-03", "2026-04", "2026-05"], periods.Select(p => p.Period.ToString()));
    }
}
