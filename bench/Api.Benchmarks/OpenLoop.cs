using System.Diagnostics;

namespace SocialInsurance.Api.Benchmarks;

/// <summary>The outcome of one open-loop run.</summary>
public sealed record LoadResult(string Name, int Offered, double OfferSeconds, int Ok, int Errors, double LastCompletionSeconds, double[] LatenciesMs, IReadOnlyDictionary<string, int> ErrorKinds)
{
    public double OfferedRate => Offered / OfferSeconds;
    public double CompletedRate => Ok / LastCompletionSeconds;
    public double Percentile(double p) => LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[Math.Min(LatenciesMs.Length - 1, (int)Math.Ceiling(p / 100 * LatenciesMs.Length) - 1)];
}

/// <summary>
/// Open-loop load: request i is due at start + i/rate whether or not earlier ones have answered (a closed loop would
/// slow down with the server and hide its queueing). Latency counts from the due time, not from when the request
/// was actually sent, so a dispatcher or connection pool that falls behind shows up in the figures instead of
/// vanishing from them (coordinated omission).
/// </summary>
public static class OpenLoop
{
    public static async Task<LoadResult> RunAsync(string name, int rate, TimeSpan duration, Func<int, Task<string?>> send)
    {
        var count = (int)(rate * duration.TotalSeconds);
        var latencies = new double[count];
        var outcomes = new string?[count];
        var tasks = new Task[count];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            var index = i;
            tasks[i] = Task.Run(async () =>
            {
                try
                {
                    outcomes[index] = await send(index);
                }
                catch (Exception e)
                {
                    outcomes[index] = e.GetType().Name;
                }

                latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
            });
        }

        var offerSeconds = clock.Elapsed.TotalSeconds;
        await Task.WhenAll(tasks);
        var last = clock.Elapsed.TotalSeconds;
        var ok = outcomes.Count(o => o is null);
        var errors = outcomes.Where(o => o is not null).GroupBy(o => o!).ToDictionary(g => g.Key, g => g.Count());
        var okLatencies = latencies.Where((_, k) => outcomes[k] is null).Order().ToArray();
        if (Environment.GetEnvironmentVariable("SI_BENCH_TIMELINE") is { Length: > 0 } folder)
        {
            // Per request: its due second and latency, to tell steady queueing from periodic stalls.
            File.WriteAllLines(Path.Combine(folder, $"{name.Split(' ')[0]}-{name.Split(' ')[1]}-{DateTime.UtcNow:HHmmss}.tsv"),
                latencies.Select((l, k) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(double)k / rate:F3}\t{l:F1}\t{outcomes[k] ?? "ok"}")));
        }

        return new LoadResult(name, count, offerSeconds, ok, count - ok, last, okLatencies, errors);
    }
}
