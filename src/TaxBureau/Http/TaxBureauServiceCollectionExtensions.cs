using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace SocialInsurance.TaxBureau.Http;

public static class TaxBureauServiceCollectionExtensions
{
    public const string HttpClientName = "tax-bureau";

    /// <summary>
    /// Registers <see cref="ITaxBureauGateway"/> as the typed HTTP client <see cref="HttpTaxBureauGateway"/>, options
    /// from the <c>TaxBureau</c> section, behind this pipeline (outermost first):
    /// total timeout → retry (exponential back-off with jitter, transient failures only) → circuit breaker →
    /// attempt timeout → request signing (per attempt). The breaker sits inside the retry so each attempt counts toward opening it, and once open
    /// the retries stop at once instead of waiting out their back-off. The queries change nothing at the bureau,
    /// which is why retrying a POST is safe here. The breaker's state is per process and per client name.
    /// </summary>
    public static IServiceCollection AddTaxBureauGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TaxBureauOptions>().Bind(configuration.GetSection(TaxBureauOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TaxBureauOptions>, TaxBureauOptionsValidator>();
        services.AddTransient<SigningHandler>();

        var http = services.AddHttpClient<ITaxBureauGateway, HttpTaxBureauGateway>(HttpClientName, (provider, client) =>
            {
                client.BaseAddress = provider.GetRequiredService<IOptionsMonitor<TaxBureauOptions>>().CurrentValue.BaseAddress;
                // The pipeline's total timeout governs; HttpClient's own 100 s default would only blur which fired.
                client.Timeout = Timeout.InfiniteTimeSpan;
            });
        http.AddResilienceHandler(HttpClientName, (pipeline, context) =>
            {
                var options = context.GetOptions<TaxBureauOptions>();
                context.EnableReloads<TaxBureauOptions>();

                // Network timeouts and back-off are about real elapsed time, never business time: a host that injects a
                // different TimeProvider (a fake clock in tests, a shifted clock in a rehearsal) must not stop them.
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

        // Added after the resilience handler, so it runs inside it: once per attempt.
        http.AddHttpMessageHandler<SigningHandler>();
        return services;
    }
}
