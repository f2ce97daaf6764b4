using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Api.Jobs;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.TaxBureau;
using SocialInsurance.TaxBureau.Simulation;

namespace SocialInsurance.Jobs.Tests;

/// <summary>The job is safe to run twice, and a run the bureau's outage broke off is finished by the retry.</summary>
public sealed partial class ContributionDeadlinesJobTests
{
    [Fact]
    public async Task DeadlineJob_RunTwice_CreatesNoDuplicatePeriodsNotificationsOrCredits()
    {
        // Given
        var id = IdNumber("65010219900101006");
        var paid = await EnrollAsync(id, PaymentFrequency.Monthly, new YearMonth(2026, 3));
        var unpaid = await EnrollAsync(Failing, PaymentFrequency.Monthly, new YearMonth(2026, 3));
        await SignAsync(id);
        await SignAsync(Failing);
        _time.SetUtcNow(At(2026, 3, 14));
        await Job.RunAsync(CancellationToken.None);
        _time.SetUtcNow(At(2026, 3, 20));
        await _simulator.RunDeductionBatchAsync("2026-03", [(id, 800m), (Failing, 800m)]);
        _time.SetUtcNow(At(2026, 4, 1));

        // When
        await Job.RunAsync(CancellationToken.None);
        var before = (await PeriodsAsync()).Count;
        var notifications = (await NotificationsAsync()).Count;
        var second = await Job.RunAsync(CancellationToken.None);

        // Then
        Assert.Equal((0, 0, 0, 0, 0, 0), (second.PeriodsCreated, second.Paid, second.Failed, second.InArrears, second.ArrearsNotices, second.Reminders));
        Assert.Equal(before, (await PeriodsAsync()).Count);
        Assert.Equal(notifications, (await NotificationsAsync()).Count);
        Assert.Equal(1, (await PersonAsync(paid)).FlexibleMonths);
        var march = Assert.Single(await PeriodsAsync(), p => p.PersonId == unpaid && p.Period.Start == new YearMonth(2026, 3));
        Assert.Equal((ContributionPeriodStatus.InArrears, 1), (march.Status, march.FailedAttempts));
    }

    [Fact]
    public async Task DeadlineJob_OutageMidRun_FailsKeepingCommittedBatches_AndTheRerunCompletesWithoutDuplicates()
    {
        // Given: six people paid in March, the job reads two per batch, the bureau goes down after the first batch
        var ids = Enumerable.Range(10, 6).Select(i => IdNumber($"650102199001010{i}")).ToList();
        var people = new List<Guid>();
        foreach (var id in ids)
        {
            people.Add(await EnrollAsync(id, PaymentFrequency.Monthly, new YearMonth(2026, 3)));
            await SignAsync(id);
        }

        await Job.RunAsync(CancellationToken.None);
        _time.SetUtcNow(At(2026, 3, 20));
        await _simulator.RunDeductionBatchAsync("2026-03", ids.Select(id => (id, 800m)));
        _time.SetUtcNow(At(2026, 3, 21));
        var gateway = new OutageAfterCalls(_engine.Services.GetRequiredService<ITaxBureauGateway>(), calls: 1, () => _simulator.SetOutage(SimulatedOutage.ServerError));
        var flaky = new ContributionDeadlinesJob(
            _engine.Services.GetRequiredService<CasesDbContextFactory>(), gateway, _engine.Services.GetRequiredService<PolicyTables>(),
            _engine.Services.GetRequiredService<HolidayCalendars>(), _time,
            _engine.Services.GetRequiredService<IOptions<ContributionDeadlinesOptions>>(), NullLogger<ContributionDeadlinesJob>.Instance);

        // When
        var outage = await Record.ExceptionAsync(() => flaky.RunAsync(CancellationToken.None));

        // Then
        Assert.IsType<TaxBureauUnavailableException>(outage);
        Assert.Equal(2, (await PeriodsAsync()).Count(p => p.Status == ContributionPeriodStatus.Paid));

        // When the bureau is back and Hangfire retries
        _simulator.SetOutage(SimulatedOutage.None);
        var rerun = await Job.RunAsync(CancellationToken.None);
        await Job.RunAsync(CancellationToken.None);

        // Then
        Assert.Equal(4, rerun.Paid);
        Assert.All(await PeriodsAsync(), p => Assert.Equal(ContributionPeriodStatus.Paid, p.Status));
        Assert.Equal(6, (await PeriodsAsync()).Count);
        foreach (var person in people)
        {
            Assert.Equal(1, (await PersonAsync(person)).FlexibleMonths);
        }
    }

    private sealed class OutageAfterCalls(ITaxBureauGateway inner, int calls, Action trip) : ITaxBureauGateway
    {
        private int _calls;

        public Task<IReadOnlyList<AgreementStatus>> GetAgreementStatusesAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct) =>
            inner.GetAgreementStatusesAsync(idNumbers, ct);

        public Task<IReadOnlyList<DeductionResult>> GetDeductionResultsAsync(string period, IReadOnlyCollection<string> idNumbers, CancellationToken ct)
        {
            if (++_calls > calls)
            {
                trip();
            }

            return inner.GetDeductionResultsAsync(period, idNumbers, ct);
        }
    }
}
