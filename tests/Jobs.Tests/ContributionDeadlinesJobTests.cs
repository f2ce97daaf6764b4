using SocialInsurance.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Api.Jobs;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.TaxBureau;
using SocialInsurance.TaxBureau.Http;
using SocialInsurance.TaxBureau.Simulation;
using SocialInsurance.Testing;

namespace SocialInsurance.Jobs.Tests;

/// <summary>
/// The deadline job over the case tables in the engine's SQLite file, asking the simulator's wire API on a loopback
/// server through the real HTTP adapter. One fake clock drives the job and the simulator's deduction times.
/// </summary>
public sealed partial class ContributionDeadlinesJobTests : IAsyncLifetime
{
    /// <summary>The key the bureau and the adapter share (the bureau answers only signed requests).</summary>
    private const string BureauSecret = "jobs-tests-bureau-secret-0123456789abcdef";

    private static readonly string Failing = IdNumber("65010219900101123");
    private readonly string _folder = Directory.CreateTempSubdirectory("deadlines-").FullName;
    private readonly FakeTimeProvider _time = new(At(2026, 2, 2));
    private WebApplication _bureau = null!;
    private TaxBureauSimulator _simulator = null!;
    private TestEngine _engine = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddTaxBureauSimulator(Config(new()
        {
            ["TaxBureau:Simulator:DataFolder"] = _folder,
            ["TaxBureau:Credential:Secret"] = BureauSecret,
            ["TaxBureau:Simulator:FailingIdNumbers:0"] = Failing,
        }));
        _bureau = builder.Build();
        _bureau.MapTaxBureauSimulator();
        await _bureau.StartAsync();
        _simulator = _bureau.Services.GetRequiredService<TaxBureauSimulator>();

        var settings = Config(new()
        {
            ["TaxBureau:BaseAddress"] = _bureau.Urls.First(),
            ["TaxBureau:Credential:Secret"] = BureauSecret,
            // Generous: no test here is about timeouts, and a 1 s attempt timed out on a busy 2-core machine.
            ["TaxBureau:AttemptTimeout"] = "00:00:05",
            ["TaxBureau:TotalTimeout"] = "00:00:20",
            ["TaxBureau:MaxRetries"] = "1",
            ["TaxBureau:RetryBaseDelay"] = "00:00:00.001",
            ["TaxBureau:CircuitMinimumThroughput"] = "1000",
            ["Jobs:ContributionDeadlines:BatchSize"] = "2",
            ["Jobs:ContributionDeadlines:ArrearsBeforeSuspensionNotice"] = "2",
        });
        _engine = await TestEngine.StartAsync(time: _time, configure: services =>
        {
            services.AddTaxBureauGateway(settings);
            services.AddCases(settings);
            services.AddRecurringJobs(settings);
        });
        await _engine.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _engine.DisposeAsync();
        await _bureau.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private ContributionDeadlinesJob Job => _engine.Services.GetRequiredService<ContributionDeadlinesJob>();

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

    private async Task SignAsync(string idNumber) =>
        Assert.True((await _simulator.SignAgreementAsync(idNumber, "阿依古丽", "102", "6222021234567890123", "阿依古丽")).IsSigned);

    private async Task<Guid> EnrollAsync(string idNumber, PaymentFrequency frequency, YearMonth from, bool signed = false, int employerMonths = 0)
    {
        var person = new InsuredPerson(Guid.CreateVersion7(), ResidentIdNumber.Create(idNumber), "阿依古丽", employerMonths);
        person.Enroll(RegionCode.Create("6501"), ContributionBase.Create(4000m), frequency, ["110"], from);
        await using var db = Contexts.Create();
        db.InsuredPersons.Add(person);
        if (signed)
        {
            var agreement = new DeductionAgreement(Guid.CreateVersion7(), person.Id, "阿依古丽");
            agreement.Sign("102", BankAccount.Create("6222021234567890123", "阿依古丽", "阿依古丽"), _time.GetUtcNow());
            db.DeductionAgreements.Add(agreement);
        }

        await db.SaveChangesAsync();
        return person.Id;
    }

    private CasesDbContextFactory Contexts => _engine.Services.GetRequiredService<CasesDbContextFactory>();

    private async Task<List<ContributionPeriod>> PeriodsAsync()
    {
        await using var db = Contexts.Create();
        return await db.ContributionPeriods.AsNoTracking().ToListAsync();
    }

    private async Task<List<CaseNotification>> NotificationsAsync()
    {
        await using var db = Contexts.Create();
        return await db.Notifications.AsNoTracking().ToListAsync();
    }

    private async Task<InsuredPerson> PersonAsync(Guid id)
    {
        await using var db = Contexts.Create();
        return await db.InsuredPersons.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    /// <summary>02:00 China time on that day (the job's schedule).</summary>
    private static DateTimeOffset At(int year, int month, int day) => new DateTimeOffset(year, month, day, 2, 0, 0, ChinaTime.Offset).ToUniversalTime();

    private static string IdNumber(string body17) => body17 + ResidentIdNumber.CheckCharacterFor(body17);

    private static IConfiguration Config(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
