using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialInsurance.TaxBureau.Http;
using SocialInsurance.TaxBureau.Simulation;

namespace SocialInsurance.TaxBureau.Tests.Http;

/// <summary>
/// The simulator's wire endpoints on a real Kestrel server (127.0.0.1, port chosen by the OS), so the adapter's
/// timeouts and retries meet real sockets, plus a gateway wired exactly as a host wires it, from configuration.
/// </summary>
internal sealed class SimulatorServer : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private readonly WebApplication _app;
    private readonly List<ServiceProvider> _clients = [];
    private int _requests;

    /// <summary>The key both ends share in these tests (a real one comes from a secret store).</summary>
    public const string Secret = "test-secret-0123456789-abcdefghijklmnop";

    private SimulatorServer(TempFolder folder, WebApplication app, TaxBureauSimulator simulator)
    {
        _folder = folder;
        _app = app;
        Simulator = simulator;
    }

    public TaxBureauSimulator Simulator { get; }

    /// <summary>Requests that reached the server, retries included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<SimulatorServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var folder = new TempFolder();
        builder.Services.AddTaxBureauSimulator(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["TaxBureau:Simulator:DataFolder"] = folder.Path,
                ["TaxBureau:Credential:Secret"] = Secret,
            })
            .Build());
        var app = builder.Build();
        var server = new SimulatorServer(folder, app, app.Services.GetRequiredService<TaxBureauSimulator>());
        app.Use((context, next) =>
        {
            Interlocked.Increment(ref server._requests);
            return next(context);
        });
        app.MapTaxBureauSimulator();
        await app.StartAsync();
        return server;
    }

    /// <summary>
    /// A gateway with its own service provider, hence its own circuit breaker. The defaults keep every test fast:
    /// millisecond back-off and a breaker that does not open unless a test asks for it.
    /// </summary>
    public ITaxBureauGateway CreateGateway(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["TaxBureau:BaseAddress"] = BaseAddress.ToString(),
            ["TaxBureau:AttemptTimeout"] = "00:00:02",
            ["TaxBureau:TotalTimeout"] = "00:00:10",
            ["TaxBureau:MaxRetries"] = "2",
            ["TaxBureau:RetryBaseDelay"] = "00:00:00.001",
            ["TaxBureau:CircuitMinimumThroughput"] = "1000",
            ["TaxBureau:Credential:Secret"] = Secret,
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTaxBureauGateway(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        var provider = services.BuildServiceProvider();
        _clients.Add(provider);
        return provider.GetRequiredService<ITaxBureauGateway>();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        await _app.StopAsync();
        // Disposing the host disposes the simulator singleton, which releases its SQLite file.
        await _app.DisposeAsync();
        _folder.Dispose();
    }
}
