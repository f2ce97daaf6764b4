using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialInsurance.Gateways;

namespace SocialInsurance.InsuranceRegistry.Http;

public static class InsuranceRegistryServiceCollectionExtensions
{
    public const string HttpClientName = "insurance-registry";

    /// <summary>
    /// Registers <see cref="IInsuranceRegistry"/> as the typed HTTP client <see cref="HttpInsuranceRegistry"/>, options
    /// from the <c>InsuranceRegistry</c> section, behind the same pipeline as the tax bureau's (outermost first):
    /// total timeout → retry (exponential back-off with jitter, transient failures only) → circuit breaker →
    /// attempt timeout. The breaker sits inside the retry so each attempt counts toward opening it. The lookup
    /// changes nothing at the registry, which is why retrying a POST is safe.
    /// </summary>
    public static IServiceCollection AddInsuranceRegistryGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InsuranceRegistryOptions>().Bind(configuration.GetSection(InsuranceRegistryOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<InsuranceRegistryOptions>, InsuranceRegistryOptionsValidator>();

        services.AddHttpClient<IInsuranceRegistry, HttpInsuranceRegistry>(HttpClientName, (provider, client) =>
            {
                client.BaseAddress = provider.GetRequiredService<IOptionsMonitor<InsuranceRegistryOptions>>().CurrentValue.BaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddGatewayPipeline<InsuranceRegistryOptions>(HttpClientName);
        return services;
    }
}
