namespace SocialInsurance.Gateways;

/// <summary>
/// The settings of one gateway's HTTP pipeline. Each gateway sets its own defaults for the timeouts and retries in
/// its constructor (a lookup while an applicant waits wants shorter ones than a batch poll); the breaker's defaults
/// suit both.
/// </summary>
public abstract class GatewayOptions
{
    /// <summary>Scheme, host and port of the authority (or of our own host when it serves the simulator).</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// One HTTP attempt. A timed-out attempt counts as a failure for retry and circuit breaker alike; too short and a
    /// busy but working authority trips the breaker, too long and one hung connection stalls its caller.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; }

    /// <summary>Ceiling on one call including all retries and back-off; must exceed <see cref="AttemptTimeout"/>.</summary>
    public TimeSpan TotalTimeout { get; set; }

    /// <summary>Retries after the first attempt, on timeouts, connection failures, 5xx, 408 and 429 only. 0 disables them.</summary>
    public int MaxRetries { get; set; }

    /// <summary>
    /// First back-off; it doubles each retry, with jitter so that several nodes calling after one hiccup do not retry
    /// in step (and hit the authority again together).
    /// </summary>
    public TimeSpan RetryBaseDelay { get; set; }

    /// <summary>Share of failed attempts within <see cref="CircuitSamplingDuration"/> that opens the circuit.</summary>
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed in the window before the ratio counts, so two unlucky calls do not open it.</summary>
    public int CircuitMinimumThroughput { get; set; } = 10;

    /// <summary>At least twice <see cref="AttemptTimeout"/>, so timed-out attempts are still inside the window.</summary>
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// While open, calls fail at once instead of adding load to an authority that is already failing (or holding
    /// submits against one that is down); after this one trial call decides whether it closes.
    /// </summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Adds a message per wrong setting, named under <paramref name="section"/> (Polly's own lower bounds repeated:
    /// 10 ms per attempt, 500 ms for the breaker's windows), so start-up fails with all of them rather than the first
    /// call with a Polly validation error.
    /// </summary>
    public void CheckPipeline(string section, List<string> failures)
    {
        if (BaseAddress is not { IsAbsoluteUri: true })
        {
            failures.Add($"{section}:BaseAddress must be an absolute http(s) address.");
        }

        if (AttemptTimeout < TimeSpan.FromMilliseconds(10))
        {
            failures.Add($"{section}:AttemptTimeout must be at least 10 ms.");
        }

        if (TotalTimeout <= AttemptTimeout)
        {
            failures.Add($"{section}:TotalTimeout must be longer than AttemptTimeout.");
        }

        if (MaxRetries is < 0 or > 10)
        {
            failures.Add($"{section}:MaxRetries must lie between 0 and 10.");
        }

        if (RetryBaseDelay < TimeSpan.Zero)
        {
            failures.Add($"{section}:RetryBaseDelay must not be negative.");
        }

        if (CircuitFailureRatio is <= 0 or > 1)
        {
            failures.Add($"{section}:CircuitFailureRatio must lie above 0 and at most 1.");
        }

        if (CircuitMinimumThroughput < 2)
        {
            failures.Add($"{section}:CircuitMinimumThroughput must be at least 2.");
        }

        if (CircuitSamplingDuration < TimeSpan.FromMilliseconds(500) || CircuitSamplingDuration < 2 * AttemptTimeout)
        {
            failures.Add($"{section}:CircuitSamplingDuration must be at least 500 ms and at least twice AttemptTimeout.");
        }

        if (CircuitBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            failures.Add($"{section}:CircuitBreakDuration must be at least 500 ms.");
        }
    }
}
