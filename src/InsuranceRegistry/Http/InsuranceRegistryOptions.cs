using SocialInsurance.InsuranceRegistry.Wire;

namespace SocialInsurance.InsuranceRegistry.Http;

/// <summary>
/// Bound from the configuration section <c>InsuranceRegistry</c>. One lookup runs inside the validation step of a
/// case, while the applicant's submit waits, so the defaults are shorter than the tax bureau's batch polling: a dead
/// registry costs a submit at most <see cref="TotalTimeout"/>, then the case waits at an incident.
/// </summary>
public sealed class InsuranceRegistryOptions
{
    public const string SectionName = "InsuranceRegistry";

    /// <summary>Scheme, host and port of the registry (or of our own host when it serves the simulator).</summary>
    public Uri? BaseAddress { get; set; }

    public string PathPrefix { get; set; } = RegistryWire.DefaultPrefix;

    /// <summary>One HTTP attempt; a timed-out attempt counts as a failure for retry and circuit breaker alike.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Ceiling on one lookup including all retries and back-off; must exceed <see cref="AttemptTimeout"/>.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt, on timeouts, connection failures, 5xx, 408 and 429 only. 0 disables them.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>First back-off; it doubles each retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public double CircuitFailureRatio { get; set; } = 0.5;

    public int CircuitMinimumThroughput { get; set; } = 10;

    /// <summary>At least twice <see cref="AttemptTimeout"/>, so timed-out attempts are still inside the window.</summary>
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>While open, lookups fail at once instead of holding submits against a registry that is down.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
