using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialInsurance.TaxBureau.Wire;

namespace SocialInsurance.TaxBureau.Simulation;

/// <summary>
/// What the real bureau demands of a caller: a request signed with the shared key (<see cref="TaxBureauSignature"/>),
/// made within <see cref="TaxBureauCredential.ReplayWindow"/> of now, with a nonce not seen before. Anything else is
/// 401 with the same problem, so a caller cannot learn which check failed. Without a configured secret every
/// request is refused: the wire API is closed until someone sets <c>TaxBureau:Credential:Secret</c>.
/// </summary>
public sealed class SignedRequestFilter : IEndpointFilter, IDisposable
{
    /// <summary>A query of 1,000 ID numbers is about 25 KB; anything far above is not a query.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private readonly IOptionsMonitor<TaxBureauCredential> _credential;
    private readonly MemoryCache _nonces = new(new MemoryCacheOptions { SizeLimit = 200_000 });

    public SignedRequestFilter(IOptionsMonitor<TaxBureauCredential> credential) => _credential = credential;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var credential = _credential.CurrentValue;
        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Query too large / 查询请求过大");
        }

        request.EnableBuffering(MaxBodyBytes);
        var body = await ReadAtMostAsync(request.Body, MaxBodyBytes + 1, context.HttpContext.RequestAborted);
        if (body.Length > MaxBodyBytes)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Query too large / 查询请求过大");
        }

        request.Body.Position = 0;
        return Verify(request, credential, body) ? await next(context) : Refused();
    }

    public void Dispose() => _nonces.Dispose();

    /// <summary>Stops after <paramref name="limit"/> bytes, so a chunked body without a length cannot fill memory.</summary>
    private static async Task<byte[]> ReadAtMostAsync(Stream body, int limit, CancellationToken ct)
    {
        var buffer = new byte[limit];
        var total = 0;
        int read;
        while (total < limit && (read = await body.ReadAsync(buffer.AsMemory(total, limit - total), ct)) > 0)
        {
            total += read;
        }

        return buffer[..total];
    }

    private bool Verify(HttpRequest request, TaxBureauCredential credential, byte[] body)
    {
        var headers = request.Headers;
        var keyId = headers[TaxBureauSignature.KeyIdHeader].ToString();
        var nonce = headers[TaxBureauSignature.NonceHeader].ToString();
        if (!credential.HasUsableSecret
            || !string.Equals(keyId, credential.KeyId, StringComparison.Ordinal)
            || nonce.Length is < 16 or > 64
            || !long.TryParse(headers[TaxBureauSignature.TimestampHeader].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return false;
        }

        // Wall-clock time on purpose: the caller signs with its wall clock, whatever business clock the host runs on.
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - timestamp) > credential.ReplayWindow.TotalSeconds)
        {
            return false;
        }

        var path = request.PathBase.Add(request.Path).Value ?? string.Empty;
        var expected = TaxBureauSignature.Compute(credential.Secret!, request.Method, path, timestamp, nonce, body);
        if (!TaxBureauSignature.Matches(expected, headers[TaxBureauSignature.SignatureHeader].ToString()))
        {
            return false;
        }

        // Only a correctly signed request spends its nonce, so nobody can burn the caller's nonces in advance.
        lock (_nonces)
        {
            if (_nonces.TryGetValue(nonce, out _))
            {
                return false;
            }

            _nonces.Set(nonce, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = 2 * credential.ReplayWindow });
        }

        return true;
    }

    private static IResult Refused() =>
        Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Signed request required / 请求须签名",
            detail: "Sign the request with the agreed key (docs/tax-bureau.md). 请使用约定的密钥对请求签名。");
}
