using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Jobs;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.TaxBureau;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Runtime;

// Jobs benchmark (issue 3, item 7). Never a test. Each measured job runs in a fresh child process so its peak working
// set is the job's own, not the data generator's.
//   dotnet run -c Release --project bench/Jobs.Benchmarks -- --persons 1000000 --waiting 100000
var persons = Arg("--persons", 1_000_000);
var waiting = Arg("--waiting", 100_000);
var folder = ArgText("--folder", null) ?? Path.Combine(Path.GetTempPath(), "si-jobs-bench");
var phase = ArgText("--phase", null) ?? "all";
Directory.CreateDirectory(folder);

switch (phase)
{
    case "deadlines-run":
        await RunDeadlinesAsync(Path.Combine(folder, "deadlines.db"), persons);
        return;
    case "polling-run":
        await RunPollingAsync(Path.Combine(folder, "polling.db"), waiting);
        return;
}

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
if (persons > 0)
{
    var db = Path.Combine(folder, "deadlines.db");
    var sw = Stopwatch.StartNew();
    await GeneratePersonsAsync(db, persons);
    Console.WriteLine($"generated {persons:N0} active insured persons in {sw.Elapsed.TotalSeconds:F1} s");
    Child("deadlines-run");
}

if (waiting > 0)
{
    var db = Path.Combine(folder, "polling.db");
    var sw = Stopwatch.StartNew();
    await StartWaitingAsync(db, waiting);
    Console.WriteLine($"started {waiting:N0} waiting instances with the engine in {sw.Elapsed.TotalSeconds:F1} s");
    Child("polling-run");
}

void Child(string childPhase)
{
    var info = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
    foreach (var a in new[] { "--phase", childPhase, "--persons", persons.ToString(CultureInfo.InvariantCulture), "--waiting", waiting.ToString(CultureInfo.InvariantCulture), "--folder", folder })
    {
        info.ArgumentList.Add(a);
    }

    using var child = Process.Start(info)!;
    child.WaitForExit();
    if (child.ExitCode != 0)
    {
        throw new InvalidOperationException($"{childPhase} exited with {child.ExitCode}");
    }
}

int Arg(string name, int fallback) => ArgText(name, null) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

string? ArgText(string name, string? fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

static ServiceProvider Services(string db, ITaxBureauGateway gateway, DateTimeOffset now)
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Jobs:AgreementPolling:BatchSize"] = "1000",
        ["Jobs:ContributionDeadlines:BatchSize"] = "1000",
    }).Build();
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddSingleton<TimeProvider>(new FixedTime(now));
    services.AddSingleton<IWorkflowJobScheduler>(new NoopScheduler());
    services.AddWorkflows(o =>
    {
        o.ConnectionString = $"Data Source={db}";
        o.SqliteSynchronous = "NORMAL";
    });
    services.AddCases(configuration);
    services.AddSingleton(gateway);
    services.AddRecurringJobs(configuration);
    return services.BuildServiceProvider();
}

// 2026-03-21 02:00 China time: the day after the deduction day, everyone's current period is due and asked about.
static DateTimeOffset BusinessNow() => new DateTimeOffset(2026, 3, 21, 2, 0, 0, TimeSpan.FromHours(8)).ToUniversalTime();

static string IdNumber(int i)
{
    // Unique for up to 4.5 million: 300 sequence numbers per birth date over 15,000 dates.
    var day = i % 300;
    var birth = new DateOnly(1970, 1, 1).AddDays(i / 300);
    var body = "650102" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (day + 100).ToString("D3", CultureInfo.InvariantCulture);
    return body + ResidentIdNumber.CheckCharacterFor(body);
}

static async Task GeneratePersonsAsync(string db, int count)
{
    Delete(db);
    await using (var sp = Services(db, new InstantBureau(), BusinessNow()))
    {
        await sp.GetRequiredService<SocialInsurance.Api.Infrastructure.Persistence.DatabaseMigrator>().MigrateAsync();
    }

    SqliteConnection.ClearAllPools();
    await using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
    await connection.OpenAsync();
    using (var pragma = connection.CreateCommand())
    {
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;";
        pragma.ExecuteNonQuery();
    }

    using var transaction = connection.BeginTransaction();
    using var insert = connection.CreateCommand();
    insert.Transaction = transaction;
    insert.CommandText = """
        INSERT INTO case_insured_persons ("Id", "IdNumber", "Name", "Status", "Region", "ContributionBase", "Frequency", "EnrolledFrom", "EmployerMonths", "FlexibleMonths", "Coverages", "History")
        VALUES ($id, $idNumber, '阿依古丽', 'Active', '6501', 4000, $frequency, '2026-03', 0, 0,
            '[{"InsuranceTypeCode":"110","Since":"2026-03","Status":"Active"}]',
            '[{"From":"NotInsured","InsuranceTypeCodes":["110"],"Kind":"Enrolled","Month":"2026-03","Reason":null,"To":"Active"}]')
        """;
    var id = insert.Parameters.Add("$id", SqliteType.Text);
    var idNumber = insert.Parameters.Add("$idNumber", SqliteType.Text);
    var frequency = insert.Parameters.Add("$frequency", SqliteType.Text);
    insert.Prepare();
    for (var i = 0; i < count; i++)
    {
        id.Value = Guid.CreateVersion7().ToString().ToUpperInvariant();
        idNumber.Value = IdNumber(i);
        // 70 % monthly, 20 % quarterly, 5 % half-yearly, 5 % yearly: all have a period starting in March 2026.
        frequency.Value = (i % 20) switch { < 14 => "Monthly", < 18 => "Quarterly", 18 => "HalfYearly", _ => "Yearly" };
        insert.ExecuteNonQuery();
    }

    transaction.Commit();
}

static async Task RunDeadlinesAsync(string db, int persons)
{
    await using var sp = Services(db, new InstantBureau(), BusinessNow());
    var job = sp.GetRequiredService<ContributionDeadlinesJob>();
    var sw = Stopwatch.StartNew();
    var summary = await job.RunAsync(CancellationToken.None);
    sw.Stop();
    using var self = Process.GetCurrentProcess();
    Console.WriteLine(
        $"deadline job: {summary.Persons:N0} persons, {summary.PeriodsCreated:N0} periods created, {summary.Paid:N0} paid, {summary.Failed:N0} failed, " +
        $"{summary.Reminders:N0} reminders in {sw.Elapsed.TotalSeconds:F1} s ({summary.Persons / sw.Elapsed.TotalSeconds:N0} persons/s); " +
        $"peak working set {self.PeakWorkingSet64 / 1024 / 1024:N0} MB");
}

static async Task StartWaitingAsync(string db, int count)
{
    Delete(db);
    await using var sp = Services(db, new InstantBureau(), DateTimeOffset.UtcNow);
    await sp.GetRequiredService<WorkflowDatabase>().MigrateAsync();
    var xml = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "wait-for-agreement.bpmn"));
    var deployed = await sp.GetRequiredService<DeploymentService>().DeployAsync(xml, "wait-for-agreement.bpmn", "bench", publish: true, CancellationToken.None);
    if (!deployed.IsValid)
    {
        throw new InvalidOperationException(string.Join("; ", deployed.Issues));
    }

    var runtime = sp.GetRequiredService<WorkflowRuntime>();
    var next = -1;
    // Four concurrent starters: SQLite has one writer, the rest of each start overlaps.
    await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            var result = await runtime.StartAsync("waitForAgreement", $"case-{i}", new JsonObject { ["idNumber"] = IdNumber(i) }, Actor.System);
            if (!result.IsOk)
            {
                throw new InvalidOperationException($"start: {result.Status} {result.Error}");
            }
        }
    })));
}

static async Task RunPollingAsync(string db, int waiting)
{
    await using var sp = Services(db, new InstantBureau(), DateTimeOffset.UtcNow);
    var job = sp.GetRequiredService<AgreementPollingJob>();
    using var self = Process.GetCurrentProcess();
    // CPU time beside wall time: on a shared machine the wall clock also measures everyone else's load.
    var cpuBefore = self.TotalProcessorTime;
    var sw = Stopwatch.StartNew();
    var summary = await job.RunAsync(CancellationToken.None);
    sw.Stop();
    self.Refresh();
    var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
    Console.WriteLine(
        $"agreement polling: {waiting:N0} waiting, {summary.Asked:N0} asked, {summary.Resumed:N0} correlated in {sw.Elapsed.TotalSeconds:F1} s " +
        $"({summary.Resumed / sw.Elapsed.TotalSeconds:N0} correlations/s, {summary.Asked / sw.Elapsed.TotalSeconds:N0} asked/s); " +
        $"CPU {cpu:F1} s ({summary.Resumed / cpu:N0} correlations per CPU-second); peak working set {self.PeakWorkingSet64 / 1024 / 1024:N0} MB");
}

static void Delete(string db)
{
    SqliteConnection.ClearAllPools();
    foreach (var suffix in new[] { "", "-wal", "-shm" })
    {
        File.Delete(db + suffix);
    }
}

/// <summary>Fixed business clock for the measured run.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

internal sealed class NoopScheduler : IWorkflowJobScheduler
{
    public void Schedule(SocialInsurance.Workflows.Execution.Bookmarks.Bookmark bookmark)
    {
    }
}

/// <summary>
/// In-process tax bureau that answers at once, so the figures are the job's own: every second person has signed an
/// agreement; deductions succeed except for one person in twenty (InsufficientBalance). ResultIds are stable per
/// person and period, as the bureau's are.
/// </summary>
internal sealed class InstantBureau : ITaxBureauGateway
{
    public Task<IReadOnlyList<AgreementStatus>> GetAgreementStatusesAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AgreementStatus>>([.. idNumbers.Select(id => Signed(id)
            ? new AgreementStatus(id, AgreementState.Signed, "102", "6222****0123", DateTimeOffset.UtcNow, null)
            : AgreementStatus.NotSigned(id))]);

    public Task<IReadOnlyList<DeductionResult>> GetDeductionResultsAsync(string period, IReadOnlyCollection<string> idNumbers, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DeductionResult>>([.. idNumbers.Select(id => new DeductionResult(
            id, period, Hash(id) % 20 == 0 ? DeductionOutcome.InsufficientBalance : DeductionOutcome.Succeeded, 800m,
            new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(8)), period + ":" + id))]);

    private static bool Signed(string id) => Hash(id) % 2 == 0;

    private static int Hash(string id)
    {
        var h = 0;
        foreach (var c in id)
        {
            h = (h * 31) + c;
        }

        return h & int.MaxValue;
    }
}
