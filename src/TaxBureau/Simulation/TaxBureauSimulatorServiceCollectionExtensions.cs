using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialInsurance.TaxBureau.Wire;

namespace SocialInsurance.TaxBureau.Simulation;

public static class TaxBureauSimulatorServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="TaxBureauSimulator"/> singleton, its options bound from <c>TaxBureau:Simulator</c>.
    /// Pair with <see cref="TaxBureauSimulatorEndpoints.MapTaxBureauSimulator"/>, and point the gateway's
    /// <c>TaxBureau:BaseAddress</c> at this host so the jobs go through the real HTTP adapter even in the demo. A
    /// <see cref="SimulatorDatabase"/> registered before this call replaces the default SQLite file.
    /// </summary>
    public static IServiceCollection AddTaxBureauSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TaxBureauSimulatorOptions>()
            .Bind(configuration.GetSection(TaxBureauSimulatorOptions.SectionName))
            .Validate(options => options.FailureRate is >= 0 and <= 1, "TaxBureau:Simulator:FailureRate must lie between 0 and 1.")
            .ValidateOnStart();
        services.AddOptions<TaxBureauCredential>().Bind(configuration.GetSection(TaxBureauCredential.SectionName));
        services.TryAddSingleton<SignedRequestFilter>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new TaxBureauSimulator(
            provider.GetRequiredService<IOptions<TaxBureauSimulatorOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<SimulatorDatabase>()));
        return services;
    }
}
