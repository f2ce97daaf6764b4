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
        sb.AppendLine("| engine | durability | clients | wf | start→wait /s | 2nd step /s | lifecycle /s | start p50/p99 ms | 2nd step p50/p99 ms | alloc KiB/inst | peak WS MiB | completed |");
        sb.AppendLine("|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in results)
        {
            sb.AppendLine($"| {m.Scenario.Engine} | {m.Scenario.Durability} | {m.Scenario.Clients} | {m.Scenario.Workflow} | {m.StartsPerSecond:F0} | {m.SecondStepsPerSecond:F0} | {m.LifecyclesPerSecond:F0} | {m.StartP50Ms:F2} / {m.StartP99Ms:F2} | {m.SecondP50Ms:F2} / {m.SecondP99Ms:F2} | {m.AllocatedBytesPerInstance / 1024:F1} | {m.PeakWorkingSetBytes / 1048576} | {m.Completed}/{m.Instances} |");
        }

        sb.AppendLine();
        sb.AppendLine("### Ratios (same workflow, same client count; baseline at the same synchronous setting)");
        sb.AppendLine();
        sb.AppendLine("| durability | clients | wf | engine start→wait / WorkflowCore | engine lifecycle / WorkflowCore | engine start→wait / baseline | engine lifecycle / baseline |");
        sb.AppendLine("|---|---:|---|---:|---:|---:|---:|");
        foreach (var e in results.Where(r => r.Scenario.Engine == "engine"))
        {
            var wfc = results.FirstOrDefault(r => r.Scenario.Engine.StartsWith("WorkflowCore") && r.Scenario.Clients == e.Scenario.Clients && r.Scenario.Workflow == e.Scenario.Workflow);
            var b = results.FirstOrDefault(r => r.Scenario.Engine.StartsWith("baseline") && r.Scenario.Clients == e.Scenario.Clients
                && r.Scenario.Workflow == e.Scenario.Workflow && r.Scenario.Durability == e.Scenario.Durability);
            sb.AppendLine($"| {e.Scenario.Durability} | {e.Scenario.Clients} | {e.Scenario.Workflow} | {Ratio(e.StartsPerSecond, wfc?.StartsPerSecond)} | {Ratio(e.LifecyclesPerSecond, wfc?.LifecyclesPerSecond)} | {Percent(e.StartsPerSecond, b?.StartsPerSecond)} | {Percent(e.LifecyclesPerSecond, b?.LifecyclesPerSecond)} |");
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

    private static string Ratio(double ours, double? theirs) => theirs is > 0 ? $"{ours / theirs.Value:F2}×" : "n/a";

    private static string Percent(double ours, double? theirs) => theirs is > 0 ? $"{100 * ours / theirs.Value:F0} %" : "n/a";
}
