using SocialInsurance.TaxBureau;
using SocialInsurance.TaxBureau.Http;
using SocialInsurance.TaxBureau.Simulation;

namespace SocialInsurance.Api.Infrastructure.TaxBureau;

/// <summary>
/// The tax bureau: the real HTTP adapter when <c>TaxBureau:BaseAddress</c> is set, else (embedded default) the
/// simulator in this process. The simulator is on unless <c>TaxBureau:Simulator:Enabled</c> is false.
/// </summary>
public static class TaxBureauHostingExtensions
{
    public static bool SimulatorEnabled(IConfiguration configuration) =>
        configuration.GetValue("TaxBureau:Simulator:Enabled", true);

    public static IServiceCollection AddTaxBureau(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        if (SimulatorEnabled(configuration))
        {
            configuration["TaxBureau:Simulator:DataFolder"] ??= dataFolder;
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
            app.MapTaxBureauSimulator();
        }

        return app;
    }
}
