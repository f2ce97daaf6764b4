namespace SocialInsurance.Api.Tests.Hardening;

/// <summary>
/// The host on real Kestrel (127.0.0.1, the given port) instead of the in-memory test server: request size limits,
/// malformed multipart and connection behaviour are Kestrel's, and only Kestrel shows how they answer.
/// </summary>
public class KestrelApiFactory : Support.ApiFactory
{
    public KestrelApiFactory(int port) => UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
}

/// <summary>Port 5405 (the ports of this test project's Kestrel hosts are 5405–5409).</summary>
public sealed class BadInputApiFactory() : KestrelApiFactory(5405);

/// <summary>Port 5406: the fuzz test's host (Kestrel parses the request line itself, as in production).</summary>
public sealed class FuzzApiFactory() : KestrelApiFactory(5406);
