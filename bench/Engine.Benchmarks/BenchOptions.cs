using System.Globalization;

namespace SocialInsurance.Engine.Benchmarks;

/// <summary>The command line (bench/README.md lists the options): each option is a name followed by its value.</summary>
public sealed class BenchOptions(string[] args)
{
    public int Instances => Number("--instances", 10_000);

    /// <summary>
    /// <c>--clients 4</c> or <c>--clients 4,32</c>: the client counts measured besides one client (always measured, as
    /// every ratio against one client needs it in the same round).
    /// </summary>
    public int[] Clients =>
        [1, .. Text("--clients", "4").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).Where(c => c > 1)];

    /// <summary><c>--workflows A,B</c>: which of the two workflows to run (both by default).</summary>
    public string[] Workflows => Text("--workflows", "A,B").Split(',');

    public int Warmup => Number("--warmup", Math.Min(500, Math.Max(50, Instances / 20)));

    /// <summary>
    /// <c>--repeat N</c>: the whole set of engines N times, one after another in each round, so a stall of the machine
    /// falls on one round's cells rather than on one engine; the ratios are then the median of the rounds' ratios.
    /// </summary>
    public int Repeat => Math.Max(1, Number("--repeat", 1));

    public string[] Only => Text("--only", "engine,wfc,baseline").Split(',');

    public string[] SyncModes => Text("--sync", "FULL,NORMAL").Split(',');

    public string Dir => Text("--dir", Path.Combine(Path.GetTempPath(), "si-bench"));

    /// <summary>
    /// <c>--postgres "Host=127.0.0.1;Username=si;Password=si;Database=si_bench"</c>: the engine also runs on PostgreSQL
    /// (that database is dropped and created afresh per run), beside the SQLite modes of <c>--sync</c>.
    /// </summary>
    public string Postgres => Text("--postgres", "");

    /// <summary>Where the markdown table is written as well (<c>--results DIR</c>); empty: the console only.</summary>
    public string ResultsDir => Text("--results", "");

    public bool Has(string name) => args.Contains(name);

    public int Number(string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    public string Text(string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
