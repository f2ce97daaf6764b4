using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.TaxBureau.Wire;

namespace SocialInsurance.Api.Tests.Security;

/// <summary>The shared fixture with a bureau key configured, so the simulator's wire API can be called at all.</summary>
public class BureauApiFactory : ApiFactory
{
    public const string Secret = "api-tests-bureau-secret-0123456789abcdef";

    protected virtual int BureauPermitLimit => 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("TaxBureau:Credential:Secret", Secret);
        builder.UseSetting("RateLimiting:TaxBureau:PermitLimit", BureauPermitLimit.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A bureau query as the HTTP adapter sends it: JSON body, signed now with <paramref name="secret"/>.</summary>
    public static HttpRequestMessage SignedQuery(string path, string json, string secret = Secret, DateTimeOffset? at = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("http://localhost" + path))
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        TaxBureauSignature.Sign(request, new TaxBureauCredential { Secret = secret }, at ?? DateTimeOffset.UtcNow, body);
        return request;
    }

    /// <summary>A copy with the same headers and body (what an eavesdropper would send again).</summary>
    public static async Task<HttpRequestMessage> CopyAsync(HttpRequestMessage original)
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri)
        {
            Content = new ByteArrayContent(await original.Content!.ReadAsByteArrayAsync()) { Headers = { ContentType = original.Content.Headers.ContentType } },
        };
        foreach (var (name, values) in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }

        return copy;
    }
}

public sealed class TightBureauLimitFactory : BureauApiFactory
{
    protected override int BureauPermitLimit => 3;
}

/// <summary>A host that names a real bureau: the simulator must be off unless asked for.</summary>
public sealed class RealBureauApiFactory : BureauApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("TaxBureau:BaseAddress", "http://127.0.0.1:9/");
    }
}
