using SocialInsurance.Api.Infrastructure.Hosting;
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

    public static IServiceCollection AddInsuranceRegistry(this IServiceCollection services, IConfiguration configuration, string dataFolder) =>
        services.AddGatewayOrSimulator<RegistryDatabase>(
            configuration, "InsuranceRegistry", SimulatorEnabled(configuration), dataFolder, RegistryDatabase.PostgreSql,
            addSimulator: () => services.AddInsuranceRegistrySimulator(configuration),
            addGateway: () => services.AddInsuranceRegistryGateway(configuration),
            addInProcessGateway: () => services.AddSingleton<IInsuranceRegistry, InProcessRegistry>());

    public static WebApplication MapInsuranceRegistry(this WebApplication app)
    {
        if (SimulatorEnabled(app.Configuration))
        {
            app.MapInsuranceRegistrySimulator();
        }

        return app;
    }
}
