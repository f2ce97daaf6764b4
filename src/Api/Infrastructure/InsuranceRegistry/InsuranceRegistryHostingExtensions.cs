using SocialInsurance.InsuranceRegistry;
using SocialInsurance.InsuranceRegistry.Http;
using SocialInsurance.InsuranceRegistry.Simulation;

namespace SocialInsurance.Api.Infrastructure.InsuranceRegistry;

/// <summary>
/// The national insurance registry: the real HTTP adapter when <c>InsuranceRegistry:BaseAddress</c> is set, else
/// (embedded default) the simulator in this process. The simulator is on unless <c>InsuranceRegistry:Simulator:Enabled</c>
/// is false.
/// </summary>
public static class InsuranceRegistryHostingExtensions
{
    public static bool SimulatorEnabled(IConfiguration configuration) =>
        configuration.GetValue("InsuranceRegistry:Simulator:Enabled", true);

    public static IServiceCollection AddInsuranceRegistry(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        if (SimulatorEnabled(configuration))
        {
            configuration["InsuranceRegistry:Simulator:DataFolder"] ??= dataFolder;
            if (Hosting.SharedDatabase.PostgreSqlConnectionString(configuration) is not null)
            {
                services.AddSingleton(provider =>
                {
                    // The node's one pool (StoreDataSource), not a second one of Npgsql's default 100 connections.
                    var dataSource = provider.GetRequiredService<Workflows.Persistence.StoreDataSource>();
                    return RegistryDatabase.PostgreSql(dataSource.CreateConnection);
                });
            }

            services.AddInsuranceRegistrySimulator(configuration);
        }

        if (!string.IsNullOrWhiteSpace(configuration["InsuranceRegistry:BaseAddress"]))
        {
            services.AddInsuranceRegistryGateway(configuration);
        }
        else if (SimulatorEnabled(configuration))
        {
            services.AddSingleton<IInsuranceRegistry, InProcessRegistry>();
        }
        else
        {
            throw new InvalidOperationException(
                "Expected InsuranceRegistry:BaseAddress, or the simulator (InsuranceRegistry:Simulator:Enabled=true), but neither is configured.");
        }

        return services;
    }

    public static WebApplication MapInsuranceRegistry(this WebApplication app)
    {
        if (SimulatorEnabled(app.Configuration))
        {
            app.MapInsuranceRegistrySimulator();
        }

        return app;
    }
}
