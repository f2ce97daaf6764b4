using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace SocialInsurance.Api.Infrastructure.Identity;

/// <summary>
/// Lockout per account <em>and</em> client address, in place of Identity's per-account lockout
/// (<c>LockoutOptions.MaxFailedAccessAttempts</c>), which let anyone lock anyone — administrators included — with five
/// requests. Here five failures shut out only the address they came from, for that account; the owner signs in from
/// their own address as usual. Unknown user names are counted exactly like real ones, so the answers never tell which
/// accounts exist. What is left to an attacker with many addresses is bounded by the per-address login rate limit
/// (<see cref="Http.RateLimits"/>) and the password policy. State is per node and in memory, like the rate limiter:
/// with N nodes an address gets at most N × <see cref="SignInThrottleOptions.MaxFailures"/> tries per window.
/// </summary>
public sealed class SignInThrottle(IOptionsMonitor<SignInThrottleOptions> options, TimeProvider time) : IDisposable
{
    // Bounded, so cycling through made-up names and addresses cannot grow it without limit; when full, new keys are
    // not remembered (the per-address rate limit still holds), which fails towards letting the owner in.
    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public bool IsShutOut(string userName, string? address)
    {
        if (!_failures.TryGetValue(Key(userName, address), out Failures? failures) || failures is null)
        {
            return false;
        }

        lock (failures)
        {
            return failures.ShutOutUntil is { } until && until > time.GetUtcNow();
        }
    }

    public void RecordFailure(string userName, string? address)
    {
        var settings = options.CurrentValue;
        var failures = _failures.GetOrCreate(Key(userName, address), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = settings.LockoutDuration;
            return new Failures();
        })!;
        var now = time.GetUtcNow();
        lock (failures)
        {
            if (failures.LastAt is { } last && now - last > settings.LockoutDuration)
            {
                failures.Count = 0;
            }

            failures.Count++;
            failures.LastAt = now;
            if (failures.Count >= settings.MaxFailures)
            {
                failures.ShutOutUntil = now + settings.LockoutDuration;
                failures.Count = 0;
            }
        }
    }

    public void Reset(string userName, string? address) => _failures.Remove(Key(userName, address));

    public void Dispose() => _failures.Dispose();

    private static string Key(string userName, string? address) => $"{userName.Trim().ToUpperInvariant()}|{address ?? "unknown"}";

    private sealed class Failures
    {
        public int Count { get; set; }

        public DateTimeOffset? LastAt { get; set; }

        public DateTimeOffset? ShutOutUntil { get; set; }
    }
}
