using SocialInsurance.Workflows.Persistence.Writes;

namespace SocialInsurance.Engine.Benchmarks;

/// <summary>
/// The comparison run: workflows A and B on each engine (ours, the raw ADO.NET baseline, WorkflowCore) at each
/// durability setting and client count, one <see cref="Measurement"/> each. One partial file per engine.
/// </summary>
public sealed partial class Comparison
{
    private readonly int n;
    private readonly int warmup;
    private readonly string[] syncModes;
    private readonly string dir;
    private readonly string postgres;
    private readonly int[] clientCounts;
    private readonly string[] workflows;
    private readonly List<Measurement> results = [];

    public Comparison(BenchOptions options)
    {
        n = options.Instances;
        warmup = options.Warmup;
        syncModes = options.SyncModes;
        dir = options.Dir;
        postgres = options.Postgres;
        Directory.CreateDirectory(dir);
        clientCounts = options.Clients.Distinct().ToArray();
        workflows = options.Workflows;
    }

    public IReadOnlyList<Measurement> Results => results;

    /// <summary>The round of <c>--repeat</c> now running (from 1): each measurement is tagged with it.</summary>
    public int Round { get; set; } = 1;

    public void WriteHeader()
    {
        Console.WriteLine($"SocialInsuranceWorkflows engine benchmark — {n} instances per workflow and configuration, clients {string.Join("/", clientCounts)}, warm-up {warmup}");
        Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} logical CPUs, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, GC server={System.Runtime.GCSettings.IsServerGC}, database files in {dir}");
        // Registered before any connection opens, so the raw baseline writes its WAL as the engine does.
        var coalescing = WalWriteCoalescing.EnsureRegistered() ? "on" : "off (SI_SQLITE_WAL_COALESCING=off)";
        Console.WriteLine($"SQLite WAL writes gathered per transaction (engine and baseline alike): {coalescing}");
        Console.WriteLine();
    }

    private void Add(Scenario scenario, double startSeconds, long[] startLatency, double secondSeconds, long[] secondLatency, long allocated, long peak, long completed, double cpuSeconds)
    {
        var m = new Measurement(scenario, n, startSeconds, secondSeconds,
            Harness.PercentileMs(startLatency, 0.50), Harness.PercentileMs(startLatency, 0.99),
            Harness.PercentileMs(secondLatency, 0.50), Harness.PercentileMs(secondLatency, 0.99),
            (double)allocated / n, peak, completed, cpuSeconds, Round);
        results.Add(m);
        Console.WriteLine($"{scenario.Engine,-44} {scenario.Durability,-22} c={scenario.Clients} {scenario.Workflow} r{Round}: " +
            $"start→wait {m.StartsPerSecond,8:F0}/s  2nd step {m.SecondStepsPerSecond,8:F0}/s  lifecycle {m.LifecyclesPerSecond,8:F0}/s  " +
            $"2nd-step p50 {m.SecondP50Ms:F2} ms p99 {m.SecondP99Ms:F2} ms  CPU {m.CpuMicrosPerLifecycle:F0} µs/lifecycle ({m.CoresBusy:F2} cores)  alloc {m.AllocatedBytesPerInstance / 1024:F1} KiB/inst  peak WS {peak / 1048576} MiB  completed {completed}/{n}");
    }
}
