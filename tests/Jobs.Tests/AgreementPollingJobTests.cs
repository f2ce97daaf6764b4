using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialInsurance.Api.Jobs;
using SocialInsurance.TaxBureau;
using SocialInsurance.TaxBureau.Http;
using SocialInsurance.TaxBureau.Simulation;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Instances;

namespace SocialInsurance.Jobs.Tests;

/// <summary>
/// The polling job against the simulator's wire API on a real loopback server, through the real HTTP adapter with its
/// retries and timeouts (kept to milliseconds here).
/// </summary>
public sealed class AgreementPollingJobTests : IAsyncLifetime
{
    /// <summary>The key the bureau and the adapter share (the bureau answers only signed requests).</summary>
    private const string BureauSecret = "jobs-tests-bureau-secret-0123456789abcdef";

    private const string Ayguli = "650102199001011228";
    private const string Maimaiti = "650104198505052316";
    private readonly string _folder = Directory.CreateTempSubdirectory("polling-").FullName;
    private WebApplication _bureau = null!;
    private TaxBureauSimulator _simulator = null!;
    private TestEngine _engine = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddTaxBureauSimulator(Config(new() { ["TaxBureau:Simulator:DataFolder"] = _folder, ["TaxBureau:Credential:Secret"] = BureauSecret }));
        _bureau = builder.Build();
        _bureau.MapTaxBureauSimulator();
        await _bureau.StartAsync();
        _simulator = _bureau.Services.GetRequiredService<TaxBureauSimulator>();

        var settings = Config(new()
        {
            ["TaxBureau:BaseAddress"] = _bureau.Urls.First(),
            ["TaxBureau:Credential:Secret"] = BureauSecret,
            ["TaxBureau:AttemptTimeout"] = "00:00:01",
            ["TaxBureau:TotalTimeout"] = "00:00:05",
            ["TaxBureau:MaxRetries"] = "2",
            ["TaxBureau:RetryBaseDelay"] = "00:00:00.001",
            ["TaxBureau:CircuitMinimumThroughput"] = "1000",
            ["Jobs:AgreementPolling:BatchSize"] = "2",
        });
        _engine = await TestEngine.StartAsync(configure: services =>
        {
            services.AddTaxBureauGateway(settings);
            services.AddRecurringJobs(settings);
        });
        await _engine.DeployAsync(await File.ReadAllTextAsync(TestEngine.Fixture("wait-for-agreement.bpmn")));
    }

    public async Task DisposeAsync()
    {
        await _engine.DisposeAsync();
        await _bureau.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private AgreementPollingJob Job => _engine.Services.GetRequiredService<AgreementPollingJob>();

    [Fact]
    public async Task Polling_ResumesExactlyTheInstancesWhoseApplicantSigned_AcrossBatches()
    {
        // Given
        var signer = await _engine.StartAsync("waitForAgreement", "case-1", new JsonObject { ["idNumber"] = Ayguli });
        var others = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            others.Add(await _engine.StartAsync("waitForAgreement", $"case-{i + 2}", new JsonObject { ["idNumber"] = Maimaiti + i }));
        }

        Assert.True((await _simulator.SignAgreementAsync(Ayguli, "阿依古丽", "102", "6222021234567890123", "阿依古丽")).IsSigned);

        // When
        var summary = await Job.RunAsync(CancellationToken.None);

        // Then
        Assert.Equal((4, 1), (summary.Asked, summary.Resumed));
        var resumed = await _engine.Queries.InstanceAsync(signer);
        Assert.Equal(InstanceStatus.Completed, resumed!.Status);
        Assert.Equal("102", (string?)resumed.Variables["agreementBankCode"]);
        foreach (var other in others)
        {
            Assert.Equal(InstanceStatus.Active, (await _engine.Queries.InstanceAsync(other))!.Status);
        }
    }

    [Fact]
    public async Task Polling_RunTwice_CorrelatesOnce()
    {
        // Given
        var id = await _engine.StartAsync("waitForAgreement", "case-1", new JsonObject { ["idNumber"] = Ayguli });
        await _simulator.SignAgreementAsync(Ayguli, "阿依古丽", "102", "6222021234567890123", "阿依古丽");

        // When
        var first = await Job.RunAsync(CancellationToken.None);
        var second = await Job.RunAsync(CancellationToken.None);

        // Then
        Assert.Equal(1, first.Resumed);
        Assert.Equal((0, 0), (second.Asked, second.Resumed));
        Assert.Single(await _engine.JournalAsync(id), e => e == "agreementSigned:MessageCorrelated");
    }

    [Fact]
    public async Task Polling_DuringAnOutage_FailsWithoutLosingAnything_AndTheNextRunCatchesUp()
    {
        // Given
        var id = await _engine.StartAsync("waitForAgreement", "case-1", new JsonObject { ["idNumber"] = Ayguli });
        await _simulator.SignAgreementAsync(Ayguli, "阿依古丽", "102", "6222021234567890123", "阿依古丽");
        _simulator.SetOutage(SimulatedOutage.ServerError);

        // When
        var outage = await Record.ExceptionAsync(() => Job.RunAsync(CancellationToken.None));

        // Then
        Assert.IsType<TaxBureauUnavailableException>(outage);
        Assert.Equal(InstanceStatus.Active, (await _engine.Queries.InstanceAsync(id))!.Status);

        // When the bureau is back
        _simulator.SetOutage(SimulatedOutage.None);
        var recovered = await Job.RunAsync(CancellationToken.None);

        // Then
        Assert.Equal(1, recovered.Resumed);
        Assert.Equal(InstanceStatus.Completed, (await _engine.Queries.InstanceAsync(id))!.Status);
    }

    [Fact]
    public async Task Polling_WhenTheBureauIsTooSlow_TimesOutAndChangesNothing()
    {
        // Given
        var id = await _engine.StartAsync("waitForAgreement", "case-1", new JsonObject { ["idNumber"] = Ayguli });
        await _simulator.SignAgreementAsync(Ayguli, "阿依古丽", "102", "6222021234567890123", "阿依古丽");
        _simulator.SetOutage(SimulatedOutage.Slow(TimeSpan.FromSeconds(20)));

        // When
        var slow = await Record.ExceptionAsync(() => Job.RunAsync(CancellationToken.None));

        // Then
        Assert.IsType<TaxBureauUnavailableException>(slow);
        Assert.Equal(InstanceStatus.Active, (await _engine.Queries.InstanceAsync(id))!.Status);
    }

    private static IConfiguration Config(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
