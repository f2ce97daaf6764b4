namespace SocialInsurance.Engine.Benchmarks;

public sealed partial class Comparison
{
    /// <summary>The raw ADO.NET baseline: the same rows the engine writes per step, at each SQLite <c>--sync</c> mode.</summary>
    public async Task RunBaselineAsync()
    {
        foreach (var sync in syncModes)
        {
            foreach (var clients in clientCounts)
            {
                await RunBaselineAsync(sync, clients);
            }
        }
    }

    private async Task RunBaselineAsync(string sync, int clients)
    {
        var db = Path.Combine(dir, $"baseline-{sync}-{clients}.db");
        foreach (var workflow in workflows)
        {
            Harness.Clean();
            using var memory = new MemorySampler();
            using var baseline = await BaselineDriver.CreateAsync(db, sync, clients);
            await using var checkpoint = BackgroundCheckpoint.Start(db);
            var process = workflow == "A" ? "benchUserTask" : "benchMessage";
            var warm = baseline.For(0);
            var warmRounds = await WarmUp.UntilJitQuietAsync(round =>
            {
                for (var i = 0; i < warmup; i++)
                {
                    if (workflow == "A")
                    {
                        warm.CompleteTask(warm.StartUserTask($"w{round}-{i}"));
                    }
                    else
                    {
                        warm.StartMessage($"w{round}-{i}");
                        warm.Correlate($"w{round}-{i}");
                    }
                }

                return Task.CompletedTask;
            });

            Harness.Clean();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var taskIds = new Guid[n];
            var cpu = Harness.CpuSeconds();
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
            var cpuSeconds = Harness.CpuSeconds() - cpu;
            var allocatedTotal = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var completed = Files.Scalar(db, "SELECT COUNT(*) FROM wf_instances WHERE ProcessKey = $k AND Status = 'Completed'", process) - warmRounds * warmup;
            Add(new Scenario("baseline (raw ADO.NET)", $"SQLite WAL sync={sync}", clients, workflow), startSeconds, startLatency, secondSeconds, secondLatency,
                allocatedTotal, memory.Peak, completed, cpuSeconds);
            WarmUp.Report(warmRounds, warmup);
        }
    }
}
