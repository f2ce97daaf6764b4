using Microsoft.Extensions.Time.Testing;
using SocialInsurance.TaxBureau.Simulation;

namespace SocialInsurance.TaxBureau.Tests.Simulation;

/// <summary>A simulator over its own temporary SQLite file and a fake clock.</summary>
internal sealed class SimulatorFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public SimulatorFixture(Action<TaxBureauSimulatorOptions>? configure = null)
    {
        Options = new TaxBureauSimulatorOptions { DataFolder = _folder.Path };
        configure?.Invoke(Options);
        Simulator = new TaxBureauSimulator(Options, Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));

    public TaxBureauSimulatorOptions Options { get; }

    public TaxBureauSimulator Simulator { get; private set; }

    /// <summary>A new simulator over the same file, as after a process restart.</summary>
    public void Restart()
    {
        Simulator.Dispose();
        Simulator = new TaxBureauSimulator(Options, Time);
    }

    public void Dispose()
    {
        Simulator.Dispose();
        _folder.Dispose();
    }
}
