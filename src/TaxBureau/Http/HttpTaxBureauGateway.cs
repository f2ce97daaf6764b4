using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SocialInsurance.TaxBureau.Wire;

namespace SocialInsurance.TaxBureau.Http;

/// <summary>
/// The gateway over the wire format of <see cref="TaxBureauWire"/>. Timeouts, retries and the circuit breaker live
/// in the HttpClient's resilience pipeline (<see cref="TaxBureauServiceCollectionExtensions"/>); this class splits
/// lists into batches and turns whatever the pipeline lets through into the gateway's two failure types.
/// Logs carry counts and status codes only, never ID numbers.
/// </summary>
public sealed partial class HttpTaxBureauGateway : ITaxBureauGateway
{
    private readonly HttpClient _http;
    private readonly IOptionsMonitor<TaxBureauOptions> _options;
    private readonly ILogger<HttpTaxBureauGateway> _logger;

    public HttpTaxBureauGateway(HttpClient http, IOptionsMonitor<TaxBureauOptions> options, ILogger<HttpTaxBureauGateway> logger)
    {
        _http = http;
        _options = options;
        _logger = logger;
    }

    public async Task<IReadOnlyList<AgreementStatus>> GetAgreementStatusesAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(idNumbers);
        var results = new List<AgreementStatus>(idNumbers.Count);
        foreach (var batch in Batches(idNumbers))
        {
            results.AddRange(await QueryAsync<AgreementStatus>(TaxBureauWire.AgreementsQueryPath, new AgreementQuery(batch), batch.Length, ct));
        }

        return results;
    }

    public async Task<IReadOnlyList<DeductionResult>> GetDeductionResultsAsync(string period, IReadOnlyCollection<string> idNumbers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(idNumbers);
        if (!ContributionMonth.IsValid(period))
        {
            throw new ArgumentException($"Expected a period as yyyy-MM, but got '{period}'.", nameof(period));
        }

        var results = new List<DeductionResult>(idNumbers.Count);
        foreach (var batch in Batches(idNumbers))
        {
            results.AddRange(await QueryAsync<DeductionResult>(TaxBureauWire.DeductionsQueryPath, new DeductionQuery(period, batch), batch.Length, ct));
        }

        return results;
    }

    private IEnumerable<string[]> Batches(IReadOnlyCollection<string> idNumbers) =>
        idNumbers.Distinct(StringComparer.Ordinal).Chunk(_options.CurrentValue.BatchSize);

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string path, object body, int count, CancellationToken ct)
    {
        var uri = new Uri(_options.CurrentValue.PathPrefix.TrimEnd('/') + path, UriKind.Relative);
        try
        {
            using var response = await _http.PostAsJsonAsync(uri, body, TaxBureauWire.JsonOptions, ct);
            if (response.IsSuccessStatusCode)
            {
                var payload = await response.Content.ReadFromJsonAsync<QueryResponse<T>>(TaxBureauWire.JsonOptions, ct);
                return payload?.Items ?? throw Unavailable("answered without items", count, null, (int)response.StatusCode);
            }

            var status = (int)response.StatusCode;
            if (IsTransient(response.StatusCode))
            {
                throw Unavailable($"answered {status} after all retries", count, null, status);
            }

            var detail = await ReadDetailAsync(response, ct);
            LogRejected(_logger, path, status, count);
            throw new TaxBureauRequestException($"The tax bureau rejected the query {path} with {status}: {detail}", status, detail);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (BrokenCircuitException ex)
        {
            throw Unavailable("is cut off by the open circuit breaker", count, ex, null);
        }
        catch (TimeoutRejectedException ex)
        {
            throw Unavailable("timed out", count, ex, null);
        }
        catch (HttpRequestException ex)
        {
            throw Unavailable("could not be reached", count, ex, ex.StatusCode is { } code ? (int)code : null);
        }
        catch (JsonException ex)
        {
            throw Unavailable("answered something that is not the agreed JSON", count, ex, null);
        }
        catch (OperationCanceledException ex)
        {
            // A cancellation the caller did not ask for is a timeout that escaped the pipeline's own types.
            throw Unavailable("timed out", count, ex, null);
        }
    }

    private TaxBureauUnavailableException Unavailable(string what, int count, Exception? inner, int? status)
    {
        LogUnavailable(_logger, what, count, status, inner);
        return new TaxBureauUnavailableException($"The tax bureau {what}; try again later.", inner, status);
    }

    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    private static async Task<string?> ReadDetailAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            return document.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tax bureau {What} for a batch of {Count} (status {Status}).")]
    private static partial void LogUnavailable(ILogger logger, string what, int count, int? status, Exception? exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tax bureau rejected {Path} with {Status} for a batch of {Count}.")]
    private static partial void LogRejected(ILogger logger, string path, int status, int count);
}
