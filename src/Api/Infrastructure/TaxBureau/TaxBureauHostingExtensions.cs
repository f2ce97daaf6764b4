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

    public static IServiceCollection AddTaxBureau(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        if (SimulatorEnabled(configuration))
        {
            configuration["TaxBureau:Simulator:DataFolder"] ??= dataFolder;
            if (Hosting.SharedDatabase.PostgreSqlConnectionString(configuration) is not null)
            {
                // One bureau for every node: an agreement signed through one node is what polling on another finds.
                services.AddSingleton(provider =>
                {
                    // The node's one pool (StoreDataSource), not a second one of Npgsql's default 100 connections.
                    var dataSource = provider.GetRequiredService<Workflows.Persistence.StoreDataSource>();
                    return SimulatorDatabase.PostgreSql(dataSource.CreateConnection);
                });
            }

            services.AddTaxBureauSimulator(configuration);
        }

        if (!string.IsNullOrWhiteSpace(configuration["TaxBureau:BaseAddress"]))
        {
            services.AddTaxBureauGateway(configuration);
        }
        else if (SimulatorEnabled(configuration))
        {
            services.AddSingleton<ITaxBureauGateway, InProcessSimulatorGateway>();
        }
        else
        {
            throw new InvalidOperationException(
                "Expected TaxBureau:BaseAddress, or the simulator (TaxBureau:Simulator:Enabled=true), but neither is configured.");
        }

        return services;
    }

    public static WebApplication MapTaxBureau(this WebApplication app)
    {
        if (SimulatorEnabled(app.Configuration))
        {
            app.MapTaxBureauSimulator().RequireRateLimiting(RateLimits.TaxBureau);
        }

        return app;
    }
}
