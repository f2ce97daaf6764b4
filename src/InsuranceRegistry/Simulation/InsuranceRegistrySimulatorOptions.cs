namespace SocialInsurance.InsuranceRegistry.Simulation;

/// <summary>Bound from the configuration section <c>InsuranceRegistry:Simulator</c>.</summary>
public sealed class InsuranceRegistrySimulatorOptions
{
    public const string SectionName = "InsuranceRegistry:Simulator";

    /// <summary>Folder of the SQLite file that keeps seeded records across restarts. Relative to the working directory.</summary>
    public string DataFolder { get; set; } = "data";

    public string FileName { get; set; } = "insurance-registry-simulator.db";

    /// <summary>The outage in force at start; <see cref="InsuranceRegistrySimulator.SetOutage"/> changes it while running.</summary>
    public RegistryOutage Outage { get; set; } = RegistryOutage.None;

    public TimeSpan OutageDelay { get; set; } = TimeSpan.FromSeconds(30);
}
