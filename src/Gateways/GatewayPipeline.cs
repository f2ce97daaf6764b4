using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace SocialInsurance.Gateways;

public static class GatewayPipeline
{
    /// <summary>
    /// The pipeline every gateway runs behind, outermost first: total timeout → retry (exponential back-off with
    /// jitter, transient failures only) → circuit breaker → attempt timeout. The breaker sits inside the retry so each
    /// attempt counts toward opening it. Settings are re-read when the configuration reloads.
    /// </summary>
    public static IHttpClientBuilder AddGatewayPipeline<TOptions>(this IHttpClientBuilder http, string name)
        where TOptions : GatewayOptions
    {
        http.AddResilienceHandler(name, (pipeline, context) =>
        {
            var options = context.GetOptions<TOptions>();
            context.EnableReloads<TOptions>();

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
        return http;
    }
}
