using SocialInsurance.Api.Infrastructure.Hosting;
using SocialInsurance.Api.Infrastructure.Http;
using SocialInsurance.TaxBureau;
using SocialInsurance.TaxBureau.Http;
using SocialInsurance.TaxBureau.Simulation;

namespace SocialInsurance.Api.Infrastructure.TaxBureau;

/// <summary>
/// The tax bureau: the real HTTP adapter when <c>TaxBureau:BaseAddress</c> is set, else (embedded default) the
/// simulator in this process. The simulator (its wire API and the <c>/api/simulators/tax</c> routes) is on by
/// default only when no real bureau is configured: a production host that names the bureau's address must not also
/// answer bureau queries or let applicants "sign" agreements that the real bureau never saw.
/// <c>TaxBureau:Simulator:Enabled</c> overrides either way (true to test the adapter against this host itself).
/// </summary>
public static class TaxBureauHostingExtensions
{
    public static bool SimulatorEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool?>("TaxBureau:Simulator:Enabled")
        ?? string.IsNullOrWhiteSpace(configuration["TaxBureau:BaseAddress"]);

    public static IServiceCollection AddTaxBureau(this IServiceCollection services, IConfiguration configuration, string dataFolder) =>
        services.AddGatewayOrSimulator<SimulatorDatabase>(
            configuration, "TaxBureau", SimulatorEnabled(configuration), dataFolder, SimulatorDatabase.PostgreSql,
            addSimulator: () => services.AddTaxBureauSimulator(configuration),
            addGateway: () => services.AddTaxBureauGateway(configuration),
            addInProcessGateway: () => services.AddSingleton<ITaxBureauGateway, InProcessSimulatorGateway>());

    public static WebApplication MapTaxBureau(this WebApplication app)
    {
        if (SimulatorEnabled(app.Configuration))
        {
            app.MapTaxBureauSimulator().RequireRateLimiting(RateLimits.TaxBureau);
        }

        return app;
    }
}
