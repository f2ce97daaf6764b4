namespace SocialInsurance.TaxBureau.Simulation;

/// <summary>
/// Lets tests (and a demo) break the wire endpoints on purpose to watch the adapter's timeouts, retries and circuit
/// breaker and the jobs' "try again later" at work. It touches only the wire API, never the simulator's own methods,
/// because those stand for the applicant's bank app and the bureau's batch run, not the interface we poll.
/// </summary>
public sealed record SimulatedOutage(OutageMode Mode, TimeSpan Delay)
{
    public static SimulatedOutage None { get; } = new(OutageMode.None, TimeSpan.Zero);

    public static SimulatedOutage ServerError { get; } = new(OutageMode.ServerError, TimeSpan.Zero);

    public static SimulatedOutage Slow(TimeSpan delay) => new(OutageMode.Delay, delay);
}
