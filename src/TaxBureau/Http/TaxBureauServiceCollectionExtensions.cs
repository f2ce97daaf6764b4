using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialInsurance.Gateways;

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
        http.AddGatewayPipeline<TaxBureauOptions>(HttpClientName);

        // Added after the resilience handler, so it runs inside it: once per attempt.
        http.AddHttpMessageHandler<SigningHandler>();
        return services;
    }
}
