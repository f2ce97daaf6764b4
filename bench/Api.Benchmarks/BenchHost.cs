using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using SocialInsurance.Api.Infrastructure.Hosting;

namespace SocialInsurance.Api.Benchmarks;

/// <summary>
/// The real API host — the same <c>AddSocialInsurance</c> / <c>InitializeAsync</c> / <c>UseSocialInsurance</c> as
/// <c>Program.cs</c>, the embedded defaults (SQLite WAL, synchronous=FULL, Hangfire server in process, demo seed) — on
/// Kestrel at 127.0.0.1 over a fresh data folder. Only what would stop a load test is changed: the per-address login
/// and per-user submission limits, and the password hash cost (see <see cref="PasswordIterations"/>).
/// </summary>
public static class BenchHost
{
    /// <summary>
    /// Identity's default is 100,000 PBKDF2 iterations (~tens of ms per sign-in). Signing in thousands of bench
    /// applicants once each at that cost would take minutes of the 2-core machine before the measured phase, and sign-in
    /// is not what is measured; the seeded hashes and the host use this count, so no rehash happens either.
    /// </summary>
    public const int PasswordIterations = 1_000;

    /// <param name="postgres">A PostgreSQL connection string: the host runs as one node of a cluster on that database
    /// (Hangfire on PostgreSQL too, materials in the database); null: the embedded SQLite default.</param>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(string dataFolder, string definitions, string? postgres = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Folder"] = dataFolder,
            ["Workflows:DefinitionsPath"] = definitions,
            ["Identity:SeedDemoAccounts"] = "true",
            ["RateLimiting:Login:PermitLimit"] = "100000000",
            ["RateLimiting:Submission:PermitLimit"] = "100000000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        });
        if (postgres is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "PostgreSql",
                ["ConnectionStrings:Workflows"] = postgres,
            });
        }

        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddSocialInsurance();
        builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordIterations);
        var app = builder.Build();
        await app.InitializeAsync();
        app.UseSocialInsurance();
        await app.StartAsync();
        return (app, Address(app));
    }

    /// <summary>A bare Kestrel endpoint in the same process: the floor of what an HTTP round trip costs here.</summary>
    public static async Task<(WebApplication App, Uri Address)> StartRawAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/", () => "ok");
        await app.StartAsync();
        return (app, Address(app));
    }

    private static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
