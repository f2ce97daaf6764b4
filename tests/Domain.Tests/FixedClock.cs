namespace SocialInsurance.Domain.Tests;

/// <summary>A clock stopped at one instant; the domain project may not take a testing package, so this stands in for FakeTimeProvider.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
