using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SocialInsurance.InsuranceRegistry.Simulation;

public static class InsuranceRegistrySimulatorServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="InsuranceRegistrySimulator"/> singleton, options from <c>InsuranceRegistry:Simulator</c>; a <see cref="RegistryDatabase"/> registered before replaces the SQLite file.</summary>
    public static IServiceCollection AddInsuranceRegistrySimulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InsuranceRegistrySimulatorOptions>().Bind(configuration.GetSection(InsuranceRegistrySimulatorOptions.SectionName));
        services.TryAddSingleton(provider => new InsuranceRegistrySimulator(
            provider.GetRequiredService<IOptions<InsuranceRegistrySimulatorOptions>>().Value,
            provider.GetService<RegistryDatabase>()));
        return services;
    }
}
