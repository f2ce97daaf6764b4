using System.Runtime;

namespace SocialInsurance.Engine.Benchmarks;

/// <summary>
/// Warm-up rounds until the JIT has finished with the code the rounds run, so the measured phases time steady-state
/// code, as a server sees it after its first minutes.
/// <para>
/// Why not a fixed count: .NET compiles a method first without optimisation, counts its calls, then recompiles it
/// (with profile-guided optimisation, in two more steps) on a background thread once it was called often enough and no
/// new method has appeared for 100 ms. One fixed warm-up of a few hundred instances ended before most of that, so the
/// first configuration of a run was timed on slower code than the next ones: on 2026-12-07, one client at NORMAL, A
/// after 150 warm-up instances ran 1,113–1,119 lifecycles/s and after 3,000 ran 1,466–1,656/s (alternated, two pairs),
/// while the configurations measured after it were unaffected.
/// </para>
/// </summary>
public static class WarmUp
{
    // Longer than the runtime's 100 ms call-counting delay, so the promotions a round triggered have started.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Runs <paramref name="round"/> (given its number, from 0) at least once and again until a round and the pause after
    /// it compiled no method, or <paramref name="maxRounds"/> ran. Returns the rounds run.
    /// </summary>
    public static async Task<int> UntilJitQuietAsync(Func<int, Task> round, int maxRounds = 12)
    {
        var rounds = 0;
        long before;
        do
        {
            before = JitInfo.GetCompiledMethodCount();
            await round(rounds++);
            await Task.Delay(Settle);
        }
        while (JitInfo.GetCompiledMethodCount() != before && rounds < maxRounds);

        return rounds;
    }

    /// <summary>Prints, under the measurement just printed, how long its warm-up was.</summary>
    public static void Report(int rounds, int instancesPerRound) =>
        Console.WriteLine($"    warm-up: {rounds} round(s) of {instancesPerRound} instances until the JIT was quiet");
}
