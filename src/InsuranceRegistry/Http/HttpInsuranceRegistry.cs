using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SocialInsurance.InsuranceRegistry.Wire;

namespace SocialInsurance.InsuranceRegistry.Http;

/// <summary>
/// The gateway over the wire format of <see cref="RegistryWire"/>. Timeouts, retries and the circuit breaker live in
/// the HttpClient's resilience pipeline; this class turns whatever the pipeline lets through into the gateway's two
/// failure types. Logs carry status codes only, never ID numbers.
/// </summary>
public sealed partial class HttpInsuranceRegistry(HttpClient http, IOptionsMonitor<InsuranceRegistryOptions> options, ILogger<HttpInsuranceRegistry> logger)
    : IInsuranceRegistry
{
    public async Task<RegistryPerson> GetPersonAsync(string idNumber, CancellationToken ct)
    {
        if (!RegistryWire.IsIdNumberShape(idNumber?.Trim()))
        {
            throw new ArgumentException("Expected an 18-character resident ID number.", nameof(idNumber));
        }

        var uri = new Uri(options.CurrentValue.PathPrefix.TrimEnd('/') + RegistryWire.PersonQueryPath, UriKind.Relative);
        try
        {
            using var response = await http.PostAsJsonAsync(uri, new PersonQuery(RegistryWire.Normalise(idNumber!)), RegistryWire.JsonOptions, ct);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                var person = await response.Content.ReadFromJsonAsync<RegistryPerson>(RegistryWire.JsonOptions, ct);
                return person is { Enrollments: not null } ? person : throw Unavailable("answered without a person", null, status);
            }

            if (status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
            {
                throw Unavailable($"answered {status} after all retries", null, status);
            }

            var detail = await ReadDetailAsync(response, ct);
            LogRejected(logger, status);
            throw new InsuranceRegistryRequestException($"The insurance registry rejected the lookup with {status}: {detail}", status, detail);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (BrokenCircuitException ex)
        {
            throw Unavailable("is cut off by the open circuit breaker", ex, null);
        }
        catch (TimeoutRejectedException ex)
        {
            throw Unavailable("timed out", ex, null);
        }
        catch (HttpRequestException ex)
        {
            throw Unavailable("could not be reached", ex, ex.StatusCode is { } code ? (int)code : null);
        }
        catch (JsonException ex)
        {
            throw Unavailable("answered something that is not the agreed JSON", ex, null);
        }
        catch (OperationCanceledException ex)
        {
            throw Unavailable("timed out", ex, null);
        }
    }

    private InsuranceRegistryUnavailableException Unavailable(string what, Exception? inner, int? status)
    {
        LogUnavailable(logger, what, status, inner);
        return new InsuranceRegistryUnavailableException($"The insurance registry {what}; try again later.", inner, status);
    }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Insurance registry {What} (status {Status}).")]
    private static partial void LogUnavailable(ILogger logger, string what, int? status, Exception? exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Insurance registry rejected a lookup with {Status}.")]
    private static partial void LogRejected(ILogger logger, int status);
}
