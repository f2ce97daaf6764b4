using System.Diagnostics;

namespace SocialInsurance.Engine.Benchmarks;

/// <summary>
/// <c>--signal N</c>: one signal reaching N waiting instances in one broadcast (issue 15): N starts untimed, then the
/// broadcast timed. Exits 1 when not every instance resumed.
/// </summary>
internal static class SignalBroadcastRun
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var waiting = options.Number("--signal", 1_000);
        var sync = options.Text("--sync", "FULL");
        await using var engine = await EngineDriver.CreateAsync(Path.Combine(Path.GetTempPath(), "si-bench-signal.db"), sync);
        for (var i = 0; i < waiting; i++)
        {
            await engine.StartAsync("benchSignal", $"bk-{i}");
        }

        var clock = Stopwatch.StartNew();
        var resumed = await engine.BroadcastAsync();
        clock.Stop();
        Console.WriteLine($"signal broadcast, synchronous={sync}: {resumed} of {waiting} instances resumed in {clock.Elapsed.TotalMilliseconds:F0} ms " +
                          $"({resumed / clock.Elapsed.TotalSeconds:F0} instances/s, {Math.Ceiling(waiting / 250.0)} transactions of up to 250)");
        return resumed == waiting ? 0 : 1;
    }
}
