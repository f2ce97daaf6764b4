using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

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
            .AddResilienceHandler(HttpClientName, (pipeline, context) =>
            {
                var options = context.GetOptions<InsuranceRegistryOptions>();
                context.EnableReloads<InsuranceRegistryOptions>();

                // Network time, never business time: a fake clock in tests must not stop the timeouts.
                pipeline.TimeProvider = TimeProvider.System;
                pipeline.AddTimeout(options.TotalTimeout);
                if (options.MaxRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        Delay = options.RetryBaseDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldRetryAfterHeader = true,
                    });
                }

                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = options.CircuitFailureRatio,
                    MinimumThroughput = options.CircuitMinimumThroughput,
                    SamplingDuration = options.CircuitSamplingDuration,
                    BreakDuration = options.CircuitBreakDuration,
                });
                pipeline.AddTimeout(options.AttemptTimeout);
            });
        return services;
    }
}
