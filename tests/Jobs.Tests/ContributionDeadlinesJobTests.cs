using SocialInsurance.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Jobs;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;
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
