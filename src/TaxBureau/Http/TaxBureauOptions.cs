using SocialInsurance.TaxBureau.Wire;

namespace SocialInsurance.TaxBureau.Http;

/// <summary>
/// Bound from the configuration section <c>TaxBureau</c>. The defaults suit a bureau that answers a 500-person query
/// in well under a second; every figure trades how long a polling job may hang against how soon it gives up and
/// leaves the work to its next run (which loses nothing: the queries are safe to repeat).
/// </summary>
public sealed class TaxBureauOptions
{
    public const string SectionName = "TaxBureau";

    /// <summary>Scheme, host and port of the bureau (or of our own host when it serves the simulator).</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Path in front of the wire routes, <c>/tax-bureau/v1</c> unless the bureau publishes another version.</summary>
    public string PathPrefix { get; set; } = TaxBureauWire.DefaultPrefix;

    /// <summary>
    /// One HTTP attempt. A timed-out attempt counts as a failure for retry and circuit breaker alike; too short and a
    /// busy but working bureau trips the breaker, too long and one hung connection stalls the whole job.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Ceiling on one query including all retries and back-off; must exceed <see cref="AttemptTimeout"/>.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt, on timeouts, connection failures, 5xx, 408 and 429 only. 0 disables them.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// First back-off; it doubles each retry, with jitter so that several nodes polling after one bureau hiccup do
    /// not retry in step (and hit it again together).
    /// </summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>ID numbers per request; the adapter splits larger lists. The simulator accepts at most 1000.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Share of failed attempts within <see cref="CircuitSamplingDuration"/> that opens the circuit.</summary>
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed in the window before the ratio counts, so two unlucky calls do not open it.</summary>
    public int CircuitMinimumThroughput { get; set; } = 10;

    /// <summary>At least twice <see cref="AttemptTimeout"/>, so timed-out attempts are still inside the window.</summary>
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// While open, calls fail at once with <see cref="TaxBureauUnavailableException"/> instead of adding load to a
    /// bureau that is already failing; after this one trial call decides whether it closes.
    /// </summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The key every request is signed with (<c>TaxBureau:Credential</c>); required, the bureau answers nothing unsigned.</summary>
    public TaxBureauCredential Credential { get; set; } = new();
}
