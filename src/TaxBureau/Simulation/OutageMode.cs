namespace SocialInsurance.TaxBureau.Simulation;

public enum OutageMode
{
    None,

    /// <summary>Every wire request answers 500, as a bureau whose back end is down.</summary>
    ServerError,

    /// <summary>Every wire request waits <see cref="SimulatedOutage.Delay"/> before answering, as an overloaded bureau.</summary>
    Delay,
}
