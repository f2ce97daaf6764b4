using System.Diagnostics;
using System.Globalization;
using System.Text;
using SocialInsurance.Engine.Benchmarks;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Contains("--dump-sql"))
{
    await using var engine = await EngineDriver.CreateAsync("/tmp/bench-dump.db", "NORMAL", logSql: true);
    Console.WriteLine("==== A start");
    var id = await engine.StartAsync("benchUserTask", "bk-1");
    var tasks = await engine.TaskIdsAsync([id]);
    Console.WriteLine("==== A complete");
    await engine.CompleteAsync(tasks[0]);
    Console.WriteLine("==== B start");
    await engine.StartAsync("benchMessage", "bk-2");
    Console.WriteLine("==== B correlate");
    await engine.CorrelateAsync("bk-2");
    Console.WriteLine("==== end");
    return 0;
}

if (args.Contains("--signal"))
{
    // One signal reaching N waiting instances in one broadcast (issue 15): N starts untimed, then the broadcast timed.
    var waiting = Arg("--signal", 1_000);
    var sync = ArgText("--sync", "FULL");
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

var n = Arg("--instances", 10_000);
var concurrent = Arg("--clients", 4);
var warmup = Arg("--warmup", Math.Min(500, Math.Max(50, n / 20)));
var only = ArgText("--only", "engine,wfc,baseline").Split(',');
var syncModes = ArgText("--sync", "FULL,NORMAL").Split(',');
var dir = ArgText("--dir", Path.Combine(Path.GetTempPath(), "si-bench"));
// --postgres "Host=127.0.0.1;Username=si;Password=si;Database=si_bench": the engine also runs on PostgreSQL (that
// database is dropped and created afresh per run), beside the SQLite modes of --sync.
var postgres = ArgText("--postgres", "");
Directory.CreateDirectory(dir);
var clientCounts = new[] { 1, concurrent }.Distinct().ToArray();
var results = new List<Measurement>();

Console.WriteLine($"SocialInsuranceWorkflows engine benchmark — {n} instances per workflow and configuration, clients {string.Join("/", clientCounts)}, warm-up {warmup}");
Console.WriteLine($".NET {Environment.Version}, {Environment.ProcessorCount} logical CPUs, {RuntimeOSName()}, GC server={System.Runtime.GCSettings.IsServerGC}, database files in {dir}");
Console.WriteLine();

foreach (var engineName in only)
{
    switch (engineName)
    {
        case "engine":
            foreach (var sync in syncModes)
            {
                foreach (var clients in clientCounts)
                {
                    await RunEngine(sync, clients);
                }
            }

            if (postgres.Length > 0)
            {
                foreach (var clients in clientCounts)
                {
                    await RunEngine(sync: null, clients);
                }
            }

            break;
        case "baseline":
            foreach (var sync in syncModes)
            {
                foreach (var clients in clientCounts)
                {
                    await RunBaseline(sync, clients);
                }
            }

            break;
        case "wfc":
            foreach (var clients in clientCounts)
            {
                await RunWorkflowCore(clients);
            }

            break;
    }
}

Report();
return 0;

// sync null: on the --postgres database.
async Task RunEngine(string? sync, int clients)
{
    var db = Path.Combine(dir, $"engine-{sync}-{clients}.db");
    foreach (var workflow in new[] { "A", "B" })
    {
        Harness.Clean();
        using var memory = new MemorySampler();
        await using var engine = await EngineDriver.CreateAsync(db, sync ?? "FULL", postgres: sync is null ? postgres : null);
        var process = workflow == "A" ? "benchUserTask" : "benchMessage";

        // Warm-up on the same database (JIT, connection pool, model cache), then the measured run.
        var warmIds = new Guid[warmup];
        for (var i = 0; i < warmup; i++)
        {
            warmIds[i] = await engine.StartAsync(process, $"w-{i}");
        }

        if (workflow == "A")
        {
            foreach (var task in await engine.TaskIdsAsync(warmIds))
            {
                await engine.CompleteAsync(task);
            }
        }
        else
        {
            for (var i = 0; i < warmup; i++)
            {
                await engine.CorrelateAsync($"w-{i}");
            }
        }

        Harness.Clean();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var ids = new Guid[n];
        var (startSeconds, startLatency) = await Harness.RunAsync(n, clients, async (_, i) => ids[i] = await engine.StartAsync(process, $"bk-{i}"));
        var allocatedStart = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        // Outside the timed section: find each instance's task (its id is the user-task bookmark's id).
        var taskIds = workflow == "A" ? await engine.TaskIdsAsync(ids) : [];
        var allocatedBefore2 = GC.GetTotalAllocatedBytes(precise: true);
        var (secondSeconds, secondLatency) = workflow == "A"
            ? await Harness.RunAsync(n, clients, (_, i) => engine.CompleteAsync(taskIds[i]))
            : await Harness.RunAsync(n, clients, (_, i) => engine.CorrelateAsync($"bk-{i}"));
        var allocatedTotal = allocatedStart + GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore2;
        var completed = await engine.CompletedAsync(process) - warmup;
        Add(new Scenario("engine", sync is null ? "PostgreSQL" : $"SQLite WAL sync={sync}", clients, workflow), startSeconds, startLatency, secondSeconds, secondLatency,
            allocatedTotal, memory.Peak, completed);
    }
}

async Task RunBaseline(string sync, int clients)
{
    var db = Path.Combine(dir, $"baseline-{sync}-{clients}.db");
    foreach (var workflow in new[] { "A", "B" })
    {
        Harness.Clean();
        using var memory = new MemorySampler();
        using var baseline = await BaselineDriver.CreateAsync(db, sync, clients);
        var process = workflow == "A" ? "benchUserTask" : "benchMessage";
        var warm = baseline.For(0);
        for (var i = 0; i < warmup; i++)
        {
            if (workflow == "A")
            {
                warm.CompleteTask(warm.StartUserTask($"w-{i}"));
            }
            else
            {
                warm.StartMessage($"w-{i}");
                warm.Correlate($"w-{i}");
            }
        }

        Harness.Clean();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var taskIds = new Guid[n];
        var (startSeconds, startLatency) = await Harness.RunAsync(n, clients, (c, i) =>
        {
            var client = baseline.For(c);
            if (workflow == "A")
            {
                taskIds[i] = client.StartUserTask($"bk-{i}");
            }
            else
            {
                client.StartMessage($"bk-{i}");
            }

            return Task.CompletedTask;
        });
        var (secondSeconds, secondLatency) = await Harness.RunAsync(n, clients, (c, i) =>
        {
            var client = baseline.For(c);
            if (workflow == "A")
            {
                client.CompleteTask(taskIds[i]);
            }
            else
            {
                client.Correlate($"bk-{i}");
            }

            return Task.CompletedTask;
        });
        var allocatedTotal = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var completed = Files.Scalar(db, "SELECT COUNT(*) FROM wf_instances WHERE ProcessKey = $k AND Status = 'Completed'", process) - warmup;
        Add(new Scenario("baseline (raw ADO.NET)", $"SQLite WAL sync={sync}", clients, workflow), startSeconds, startLatency, secondSeconds, secondLatency,
            allocatedTotal, memory.Peak, completed);
    }
}

async Task RunWorkflowCore(int clients)
{
    foreach (var workflow in new[] { "A", "B" })
    {
        Harness.Clean();
        using var memory = new MemorySampler();
        await using var wfc = await WorkflowCoreDriver.CreateAsync();
        var id = workflow == "A" ? "benchA" : "benchB";
        var eventName = workflow == "A" ? "taskCompleted" : "agreementSigned";

        WfcProbe.Current = new WfcProbe(warmup);
        for (var i = 0; i < warmup; i++)
        {
            await wfc.StartAsync(id, -1, $"w-{i}");
        }

        await WaitAsync(WfcProbe.Current.AllReached.Task, "warm-up reach");
        for (var i = 0; i < warmup; i++)
        {
            await wfc.PublishAsync(eventName, $"w-{i}");
        }

        await WaitAsync(WfcProbe.Current.AllDone.Task, "warm-up done");

        Harness.Clean();
        var probe = WfcProbe.Current = new WfcProbe(n);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);

        // Phase 1: from the first StartWorkflow until every instance has reached the step right before WaitFor.
        var watch = Stopwatch.StartNew();
        var (_, startLatency) = await Harness.RunAsync(n, clients, (_, i) => wfc.StartAsync(id, i, $"bk-{i}"));
        await WaitAsync(probe.AllReached.Task, "reach");
        var startSeconds = watch.Elapsed.TotalSeconds;

        // Phase 2: from the first PublishEvent until every instance has run its end step.
        watch.Restart();
        await Harness.RunAsync(n, clients, (_, i) =>
        {
            probe.PublishedAt[i] = Stopwatch.GetTimestamp();
            return wfc.PublishAsync(eventName, $"bk-{i}");
        });
        await WaitAsync(probe.AllDone.Task, "done");
        var secondSeconds = watch.Elapsed.TotalSeconds;
        var allocatedTotal = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Add(new Scenario("WorkflowCore 3.22.0 (IN-MEMORY persistence)", "none (in-memory)", clients, workflow), startSeconds, startLatency, secondSeconds, probe.Latency,
            allocatedTotal, memory.Peak, probe.Done);
    }
}

static async Task WaitAsync(Task task, string what)
{
    if (await Task.WhenAny(task, Task.Delay(TimeSpan.FromMinutes(5))) != task)
    {
        throw new TimeoutException($"WorkflowCore did not finish '{what}' within 5 minutes (reached {WfcProbe.Current.Reached}, done {WfcProbe.Current.Done}).");
    }
}

void Add(Scenario scenario, double startSeconds, long[] startLatency, double secondSeconds, long[] secondLatency, long allocated, long peak, long completed)
{
    var m = new Measurement(scenario, n, startSeconds, secondSeconds,
        Harness.PercentileMs(startLatency, 0.50), Harness.PercentileMs(startLatency, 0.99),
        Harness.PercentileMs(secondLatency, 0.50), Harness.PercentileMs(secondLatency, 0.99),
        (double)allocated / n, peak, completed);
    results.Add(m);
    Console.WriteLine($"{scenario.Engine,-44} {scenario.Durability,-22} c={scenario.Clients} {scenario.Workflow}: " +
        $"start→wait {m.StartsPerSecond,8:F0}/s  2nd step {m.SecondStepsPerSecond,8:F0}/s  lifecycle {m.LifecyclesPerSecond,8:F0}/s  " +
        $"2nd-step p50 {m.SecondP50Ms:F2} ms p99 {m.SecondP99Ms:F2} ms  alloc {m.AllocatedBytesPerInstance / 1024:F1} KiB/inst  peak WS {peak / 1048576} MiB  completed {completed}/{n}");
}

void Report()
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
    var resultsDir = ArgText("--results", "");
    if (resultsDir.Length > 0)
    {
        Directory.CreateDirectory(resultsDir);
        File.WriteAllText(Path.Combine(resultsDir, $"results-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md"), sb.ToString());
    }
}

static string Ratio(double ours, double? theirs) => theirs is > 0 ? $"{ours / theirs.Value:F2}×" : "n/a";
static string Percent(double ours, double? theirs) => theirs is > 0 ? $"{100 * ours / theirs.Value:F0} %" : "n/a";
static string RuntimeOSName() => System.Runtime.InteropServices.RuntimeInformation.OSDescription;

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

string ArgText(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
