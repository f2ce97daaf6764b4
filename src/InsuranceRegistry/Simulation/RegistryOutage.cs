namespace SocialInsurance.InsuranceRegistry.Simulation;

/// <summary>How the simulated registry fails on purpose, so tests and demos see a case wait at an incident.</summary>
public enum RegistryOutage
{
    None,

    /// <summary>Every lookup answers 500, as a registry whose back end is down.</summary>
    ServerError,

    /// <summary>Every wire lookup waits <see cref="InsuranceRegistrySimulatorOptions.OutageDelay"/>, as an overloaded registry.</summary>
    Delay,
}
