namespace SocialInsurance.Engine.Benchmarks;

public sealed partial class Comparison
{
    /// <summary>Our engine at each SQLite <c>--sync</c> mode, then on <c>--postgres</c> when given.</summary>
    public async Task RunEngineAsync()
    {
        foreach (var sync in syncModes)
        {
            foreach (var clients in clientCounts)
            {
                await RunEngineAsync(sync, clients);
            }
        }

        if (postgres.Length > 0)
        {
            foreach (var clients in clientCounts)
            {
                await RunEngineAsync(sync: null, clients);
            }
        }
    }

    // sync null: on the --postgres database.
    private async Task RunEngineAsync(string? sync, int clients)
    {
        var db = Path.Combine(dir, $"engine-{sync}-{clients}.db");
        foreach (var workflow in workflows)
        {
            Harness.Clean();
            using var memory = new MemorySampler();
            await using var engine = await EngineDriver.CreateAsync(db, sync ?? "FULL", postgres: sync is null ? postgres : null);
            await using var checkpoint = sync is null ? null : BackgroundCheckpoint.Start(db);
            var process = workflow == "A" ? "benchUserTask" : "benchMessage";

            // Warm-up on the same database (JIT, connection pool, model cache), then the measured run.
            var warmRounds = await WarmUp.UntilJitQuietAsync(async round =>
            {
                var warmIds = new Guid[warmup];
                for (var i = 0; i < warmup; i++)
                {
                    warmIds[i] = await engine.StartAsync(process, $"w{round}-{i}");
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
                        await engine.CorrelateAsync($"w{round}-{i}");
                    }
                }
            });

            Harness.Clean();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var ids = new Guid[n];
            var writer = WriterClock.Read(engine.Writer);
            var cpu = Harness.CpuSeconds();
            var (startSeconds, startLatency) = await Harness.RunAsync(n, clients, async (_, i) => ids[i] = await engine.StartAsync(process, $"bk-{i}"));
            var cpuSeconds = Harness.CpuSeconds() - cpu;
            var writerUse = WriterClock.Read(engine.Writer) - writer;
            var allocatedStart = GC.GetTotalAllocatedBytes(precise: true) - allocated;

            // Outside the timed section: find each instance's task (its id is the user-task bookmark's id).
            var taskIds = workflow == "A" ? await engine.TaskIdsAsync(ids) : [];
            var allocatedBefore2 = GC.GetTotalAllocatedBytes(precise: true);
            cpu = Harness.CpuSeconds();
            writer = WriterClock.Read(engine.Writer);
            var (secondSeconds, secondLatency) = workflow == "A"
                ? await Harness.RunAsync(n, clients, (_, i) => engine.CompleteAsync(taskIds[i]))
                : await Harness.RunAsync(n, clients, (_, i) => engine.CorrelateAsync($"bk-{i}"));
            cpuSeconds += Harness.CpuSeconds() - cpu;
            writerUse += WriterClock.Read(engine.Writer) - writer;
            var allocatedTotal = allocatedStart + GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore2;
            var completed = await engine.CompletedAsync(process) - warmRounds * warmup;
            Add(new Scenario("engine", sync is null ? "PostgreSQL" : $"SQLite WAL sync={sync}", clients, workflow), startSeconds, startLatency, secondSeconds, secondLatency,
                allocatedTotal, memory.Peak, completed, cpuSeconds);
            WarmUp.Report(warmRounds, warmup);
            if (writerUse.Steps > 0)
            {
                Console.WriteLine($"    writer: held {100 * writerUse.Busy.TotalSeconds / (startSeconds + secondSeconds):F0} % of the two phases, " +
                    $"{writerUse.Busy.TotalMicroseconds / writerUse.Steps:F0} µs per step of which commit {writerUse.Commit.TotalMicroseconds / writerUse.Steps:F0} µs " +
                    $"and hand-over {writerUse.HandOver.TotalMicroseconds / writerUse.Steps:F0} µs, " +
                    $"{(double)writerUse.Steps / Math.Max(1, writerUse.Commits):F1} steps per commit, " +
                    $"{100.0 * writerUse.WrittenForOthers / writerUse.Steps:F0} % written by the step holding the writer" +
                    (writerUse.LogSyncs > 0 ? $", log synced beside it {(double)writerUse.Steps / writerUse.LogSyncs:F1} steps per fsync" : ""));
            }
        }
    }
}
