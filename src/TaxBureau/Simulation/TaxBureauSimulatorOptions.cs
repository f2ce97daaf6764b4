namespace SocialInsurance.TaxBureau.Simulation;

/// <summary>Bound from the configuration section <c>TaxBureau:Simulator</c>.</summary>
public sealed class TaxBureauSimulatorOptions
{
    public const string SectionName = "TaxBureau:Simulator";

    /// <summary>
    /// Folder of the SQLite file that keeps signed agreements and deduction results across restarts (a demo would
    /// otherwise lose every agreement and leave its cases waiting forever). Relative to the working directory.
    /// </summary>
    public string DataFolder { get; set; } = "data";

    public string FileName { get; set; } = "tax-bureau-simulator.db";

    /// <summary>ID numbers whose deduction always fails with InsufficientBalance.</summary>
    public List<string> FailingIdNumbers { get; set; } = [];

    /// <summary>Card numbers (digits only) whose deduction always fails with InsufficientBalance.</summary>
    public List<string> FailingAccountNumbers { get; set; } = [];

    /// <summary>
    /// Share (0 to 1) of the remaining deductions that fail with InsufficientBalance, drawn per attempt. With
    /// <see cref="RandomSeed"/> set, the same batches give the same failures, so a test can rely on them.
    /// </summary>
    public double FailureRate { get; set; }

    public int? RandomSeed { get; set; }

    /// <summary>The outage in force at start; <see cref="TaxBureauSimulator.SetOutage"/> changes it while running.</summary>
    public OutageMode Outage { get; set; } = OutageMode.None;

    public TimeSpan OutageDelay { get; set; } = TimeSpan.FromSeconds(30);
}
