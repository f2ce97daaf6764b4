using SocialInsurance.Api.Jobs;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Jobs.Tests;

/// <summary>Who is reminded before the deduction day.</summary>
public sealed partial class ContributionDeadlinesJobTests
{
    [Fact]
    public async Task DeadlineJob_RemindsBeforeTheDeductionDay_OnlyWithoutAgreementOrAfterAFailedDeduction()
    {
        // Given: one without agreement, one signed and fine, one signed whose February deduction failed
        var unsigned = await EnrollAsync(IdNumber("65010219900101004"), PaymentFrequency.Monthly, new YearMonth(2026, 3));
        var fine = await EnrollAsync(IdNumber("65010219900101005"), PaymentFrequency.Monthly, new YearMonth(2026, 3), signed: true);
        var bounced = await EnrollAsync(Failing, PaymentFrequency.Monthly, new YearMonth(2026, 2), signed: true);
        await Job.RunAsync(CancellationToken.None);
        await SignAsync(Failing);
        _time.SetUtcNow(At(2026, 2, 20));
        await _simulator.RunDeductionBatchAsync("2026-02", [(Failing, 800m)]);
        _time.SetUtcNow(At(2026, 2, 21));
        await Job.RunAsync(CancellationToken.None);
        Assert.DoesNotContain(await NotificationsAsync(), n => n.Kind == ContributionDeadlinesJob.ReminderKind);

        // When: five days before the deduction day of the 20th (offsets 7, 3, 1)
        _time.SetUtcNow(At(2026, 3, 15));
        var summary = await Job.RunAsync(CancellationToken.None);

        // Then
        var reminders = (await NotificationsAsync()).Where(n => n.Kind == ContributionDeadlinesJob.ReminderKind).ToList();
        Assert.Equal(2, summary.Reminders);
        Assert.Equal(new HashSet<Guid> { bounced, unsigned }, reminders.Select(n => n.ApplicationId).ToHashSet());
        Assert.DoesNotContain(reminders, n => n.ApplicationId == fine);
        Assert.All(reminders, n => Assert.Contains("2026-03-20", n.TextZh, StringComparison.Ordinal));
    }
}
