using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SocialInsurance.TaxBureau.Wire;

/// <summary>
/// A signed request: HMAC-SHA256 with the shared secret over
/// <c>METHOD \n path \n unix-seconds \n nonce \n lowercase-hex SHA-256 of the body</c>, sent base64 in
/// <see cref="SignatureHeader"/> beside the key id, the timestamp and the nonce. The signature binds the body, so a
/// captured request cannot be pointed at other ID numbers; the timestamp and nonce stop it being replayed. Chosen
/// over a bare API key because the key itself never travels (a proxy log or a leaked request reveals nothing
/// reusable), and over client certificates because it needs no PKI on either side.
/// </summary>
public static class TaxBureauSignature
{
    public const string KeyIdHeader = "X-TaxBureau-Key";
    public const string TimestampHeader = "X-TaxBureau-Timestamp";
    public const string NonceHeader = "X-TaxBureau-Nonce";
    public const string SignatureHeader = "X-TaxBureau-Signature";

    public static string Compute(string secret, string method, string path, long timestamp, string nonce, ReadOnlySpan<byte> body)
    {
        var canonical = string.Join('\n',
            method.ToUpperInvariant(),
            path,
            timestamp.ToString(CultureInfo.InvariantCulture),
            nonce,
            Convert.ToHexStringLower(SHA256.HashData(body)));
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Constant time, so the answer's timing does not tell an attacker how many leading bytes were right.</summary>
    public static bool Matches(string expected, string? given) =>
        given is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given));

    /// <summary>Adds the four headers to a request about to be sent (a retry is signed again, with a fresh nonce).</summary>
    public static void Sign(HttpRequestMessage request, TaxBureauCredential credential, DateTimeOffset now, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credential);
        var timestamp = now.ToUnixTimeSeconds();
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var signature = Compute(credential.Secret ?? string.Empty, request.Method.Method, request.RequestUri!.AbsolutePath, timestamp, nonce, body);
        foreach (var (name, value) in new[]
                 {
                     (KeyIdHeader, credential.KeyId),
                     (TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture)),
                     (NonceHeader, nonce),
                     (SignatureHeader, signature),
                 })
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
