using System.Diagnostics;
using System.Text;

namespace SocialInsurance.Engine.Benchmarks;

/// <summary>The markdown tables of a comparison run: every measurement, then our engine's ratios to the others.</summary>
internal static class ResultsReport
{
    public static void Write(IReadOnlyList<Measurement> results, string resultsDir)
    {
        var sb = new StringBuilder();
        sb.AppendLine();
        sb.AppendLine("## Results");
        sb.AppendLine();
        sb.AppendLine("Workflow A = start → user task → complete → end; B = start → message catch → correlate → end. "
            + "\"2nd step\" = task completion (A) or message correlation (B). Latencies: engine and baseline = one call; WorkflowCore phase 1 = StartWorkflow call (work continues asynchronously), phase 2 = PublishEvent → end step ran.");
        sb.AppendLine();
        var rounds = results.Select(r => r.Round).Distinct().Count();
        sb.AppendLine("| engine | durability | clients | wf | round | start→wait /s | 2nd step /s | lifecycle /s | start p50/p99 ms | 2nd step p50/p99 ms | CPU µs/lifecycle | cores busy | alloc KiB/inst | peak WS MiB | completed |");
        sb.AppendLine("|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in results)
        {
            sb.AppendLine($"| {m.Scenario.Engine} | {m.Scenario.Durability} | {m.Scenario.Clients} | {m.Scenario.Workflow} | {m.Round} | {m.StartsPerSecond:F0} | {m.SecondStepsPerSecond:F0} | {m.LifecyclesPerSecond:F0} | {m.StartP50Ms:F2} / {m.StartP99Ms:F2} | {m.SecondP50Ms:F2} / {m.SecondP99Ms:F2} | {m.CpuMicrosPerLifecycle:F0} | {m.CoresBusy:F2} | {m.AllocatedBytesPerInstance / 1024:F1} | {m.PeakWorkingSetBytes / 1048576} | {m.Completed}/{m.Instances} |");
        }

        sb.AppendLine();
        sb.AppendLine(rounds == 1
            ? "### Ratios (same workflow, same client count; baseline at the same synchronous setting)"
            : $"### Ratios: median of {rounds} rounds (lowest–highest), each round's engine against the same round's peer");
        sb.AppendLine();
        sb.AppendLine("| durability | clients | wf | engine start→wait / WorkflowCore | engine lifecycle / WorkflowCore | engine start→wait / baseline | engine lifecycle / baseline | engine lifecycle / engine with 1 client |");
        sb.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|");
        foreach (var key in results.Where(r => r.Scenario.Engine == "engine").Select(r => r.Scenario).Distinct())
        {
            var ours = results.Where(r => r.Scenario == key).ToList();
            Measurement? Peer(Measurement e, Func<Measurement, bool> which) =>
                results.FirstOrDefault(r => r.Round == e.Round && r.Scenario.Clients == key.Clients && r.Scenario.Workflow == key.Workflow && which(r));
            var wfc = ours.Select(e => (e, p: Peer(e, r => r.Scenario.Engine.StartsWith("WorkflowCore")))).ToList();
            var b = ours.Select(e => (e, p: Peer(e, r => r.Scenario.Engine.StartsWith("baseline") && r.Scenario.Durability == key.Durability))).ToList();
            var one = key.Clients == 1 ? [] : ours.Select(e => (e, p: results.FirstOrDefault(r => r.Round == e.Round && r.Scenario == key with { Clients = 1 }))).ToList();
            sb.AppendLine($"| {key.Durability} | {key.Clients} | {key.Workflow} | {Ratios(wfc, m => m.StartsPerSecond, "×")} | {Ratios(wfc, m => m.LifecyclesPerSecond, "×")} | {Ratios(b, m => m.StartsPerSecond, "%")} | {Ratios(b, m => m.LifecyclesPerSecond, "%")} | {(key.Clients == 1 ? "" : Ratios(one, m => m.LifecyclesPerSecond, "×"))} |");
        }

        sb.AppendLine();
        sb.AppendLine($"Process peak working set (whole run, all engines): {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB; GC heap now {GC.GetTotalMemory(false) / 1048576} MiB.");
        Console.WriteLine(sb.ToString());
        if (resultsDir.Length > 0)
        {
            Directory.CreateDirectory(resultsDir);
            File.WriteAllText(Path.Combine(resultsDir, $"results-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md"), sb.ToString());
        }
    }

    /// <summary>Each round's ratio of ours to its peer in that round; their median, and the range when rounds differ.</summary>
    private static string Ratios(List<(Measurement Ours, Measurement? Peer)> pairs, Func<Measurement, double> rate, string unit)
    {
        var ratios = pairs.Where(p => p.Peer is not null && rate(p.Peer) > 0).Select(p => rate(p.Ours) / rate(p.Peer!)).Order().ToList();
        if (ratios.Count == 0)
        {
            return "n/a";
        }

        string Format(double r) => unit == "%" ? $"{100 * r:F0}" : $"{r:F2}";
        var median = ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : (ratios[ratios.Count / 2 - 1] + ratios[ratios.Count / 2]) / 2;
        var range = ratios.Count > 1 ? $" ({Format(ratios[0])}–{Format(ratios[^1])})" : "";
        return unit == "%" ? $"{Format(median)} %{range}" : $"{Format(median)}×{range}";
    }
}
