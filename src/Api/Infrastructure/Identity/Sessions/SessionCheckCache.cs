using Microsoft.Extensions.Caching.Memory;

namespace SocialInsurance.Api.Infrastructure.Identity.Sessions;

/// <summary>Which sessions this node checked recently, and until when it trusts them (keyed by session and security stamp).</summary>
public sealed class SessionCheckCache(TimeProvider time) : IDisposable
{
    private readonly MemoryCache _checked = new(new MemoryCacheOptions { SizeLimit = 200_000 });

    public bool IsTrusted(Guid sessionId, string? stamp) =>
        _checked.TryGetValue(sessionId, out Entry? entry) && entry is not null && entry.Stamp == stamp && entry.Until > time.GetUtcNow();

    public void Trust(Guid sessionId, string? stamp, TimeSpan interval)
    {
        if (interval > TimeSpan.Zero)
        {
            _checked.Set(sessionId, new Entry(stamp, time.GetUtcNow() + interval), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = interval });
        }
    }

    public void Forget(Guid sessionId) => _checked.Remove(sessionId);

    public void Dispose() => _checked.Dispose();

    private sealed record Entry(string? Stamp, DateTimeOffset Until);
}
