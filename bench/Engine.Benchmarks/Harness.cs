using System.Diagnostics;

namespace SocialInsurance.Engine.Benchmarks;

public sealed record Scenario(string Engine, string Durability, int Clients, string Workflow);

public sealed record Measurement(
    Scenario Scenario, int Instances, double StartSeconds, double SecondSeconds,
    double StartP50Ms, double StartP99Ms, double SecondP50Ms, double SecondP99Ms,
    double AllocatedBytesPerInstance, long PeakWorkingSetBytes, long Completed, double CpuSeconds, int Round = 1)
{
    /// <summary>The process's CPU time (every thread: clients, engine, runtime) per lifecycle, in microseconds.</summary>
    public double CpuMicrosPerLifecycle => CpuSeconds * 1e6 / Instances;

    /// <summary>Cores kept busy on average while the two phases ran: at 2.0 on this machine the CPU is the limit.</summary>
    public double CoresBusy => CpuSeconds / (StartSeconds + SecondSeconds);

    public double StartsPerSecond => Instances / StartSeconds;
    public double SecondStepsPerSecond => Instances / SecondSeconds;
    public double LifecyclesPerSecond => Instances / (StartSeconds + SecondSeconds);
}

/// <summary>Runs one phase: <c>clients</c> loops take instance numbers from a shared counter until all are done.</summary>
public static class Harness
{
    public static async Task<(double Seconds, long[] Latency)> RunAsync(int n, int clients, Func<int, int, Task> op)
    {
        var latency = new long[n];
        var next = -1;
        var watch = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < n)
            {
                var t0 = Stopwatch.GetTimestamp();
                await op(client, i);
                latency[i] = Stopwatch.GetTimestamp() - t0;
            }
        })).ToArray();
        await Task.WhenAll(loops);
        return (watch.Elapsed.TotalSeconds, latency);
    }

    /// <summary>CPU time the whole process has used so far (user and kernel), in seconds.</summary>
    public static double CpuSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    public static double PercentileMs(long[] ticks, double p)
    {
        if (ticks.Length == 0)
        {
            return double.NaN;
        }

        var sorted = (long[])ticks.Clone();
        Array.Sort(sorted);
        var index = (int)Math.Clamp(Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1);
        return sorted[index] * 1000.0 / Stopwatch.Frequency;
    }

    public static void Clean()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}

/// <summary>Samples the process working set every 20 ms; the max while one engine runs is that engine's peak.</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public MemorySampler()
    {
        _peak = Environment.WorkingSet;
        _timer = new Timer(_ => Sample(), null, 0, 20);
    }

    public long Peak
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    private void Sample()
    {
        var now = Environment.WorkingSet;
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
        {
        }
    }

    public void Dispose() => _timer.Dispose();
}
