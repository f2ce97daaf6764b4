using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialInsurance.InsuranceRegistry.Http;
using SocialInsurance.InsuranceRegistry.Simulation;

namespace SocialInsurance.InsuranceRegistry.Tests.Http;

/// <summary>The simulator's wire endpoint on a real Kestrel server (127.0.0.1, OS-chosen port), and gateways wired from configuration.</summary>
internal sealed class RegistryServer : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private readonly WebApplication _app;
    private readonly List<ServiceProvider> _clients = [];
    private int _requests;

    private RegistryServer(TempFolder folder, WebApplication app)
    {
        _folder = folder;
        _app = app;
        Simulator = app.Services.GetRequiredService<InsuranceRegistrySimulator>();
    }

    public InsuranceRegistrySimulator Simulator { get; }

    /// <summary>Requests that reached the server, retries included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<RegistryServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var folder = new TempFolder();
        builder.Services.AddInsuranceRegistrySimulator(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["InsuranceRegistry:Simulator:DataFolder"] = folder.Path,
                ["InsuranceRegistry:Simulator:OutageDelay"] = "00:00:05",
            })
            .Build());
        var app = builder.Build();
        var server = new RegistryServer(folder, app);
        app.Use((context, next) =>
        {
            Interlocked.Increment(ref server._requests);
            return next(context);
        });
        app.MapInsuranceRegistrySimulator();
        await app.StartAsync();
        return server;
    }

    /// <summary>A gateway with its own service provider (own circuit breaker); millisecond back-off, breaker closed unless asked.</summary>
    public IInsuranceRegistry CreateGateway(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["InsuranceRegistry:BaseAddress"] = BaseAddress.ToString(),
            ["InsuranceRegistry:AttemptTimeout"] = "00:00:02",
            ["InsuranceRegistry:TotalTimeout"] = "00:00:10",
            ["InsuranceRegistry:MaxRetries"] = "2",
            ["InsuranceRegistry:RetryBaseDelay"] = "00:00:00.001",
            ["InsuranceRegistry:CircuitMinimumThroughput"] = "1000",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInsuranceRegistryGateway(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        var provider = services.BuildServiceProvider();
        _clients.Add(provider);
        return provider.GetRequiredService<IInsuranceRegistry>();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Dispose();
    }
}
