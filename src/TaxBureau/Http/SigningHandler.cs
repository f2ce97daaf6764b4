using Microsoft.Extensions.Options;
using SocialInsurance.TaxBureau.Wire;

namespace SocialInsurance.TaxBureau.Http;

/// <summary>
/// Signs every attempt (<see cref="TaxBureauSignature"/>). It sits inside the resilience pipeline, so each retry
/// carries its own timestamp and nonce: a retry that reused the first attempt's nonce would be refused as a replay.
/// </summary>
internal sealed class SigningHandler(IOptionsMonitor<TaxBureauOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Buffers the body (a JSON query of at most a few tens of kilobytes), which the send below then reuses.
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        // The bureau checks the timestamp against its own wall clock, never against a business clock a host may shift.
        TaxBureauSignature.Sign(request, options.CurrentValue.Credential, TimeProvider.System.GetUtcNow(), body);
        return await base.SendAsync(request, cancellationToken);
    }
}
