using System.Security.Cryptography;
using System.Text;

namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>
/// A deterministic id (UUID version 8, RFC 9562) from a key, so "at most one row per key" is the primary key itself:
/// a rerun computes the same id and finds the row instead of writing a second one.
/// </summary>
public static class KeyedId
{
    public static Guid From(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
