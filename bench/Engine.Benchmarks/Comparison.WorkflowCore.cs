using System.Diagnostics;

namespace SocialInsurance.Engine.Benchmarks;

public sealed partial class Comparison
{
    /// <summary>WorkflowCore with in-memory persistence; it works asynchronously, so each phase waits on its probe.</summary>
    public async Task RunWorkflowCoreAsync()
    {
        foreach (var clients in clientCounts)
        {
            await RunWorkflowCoreAsync(clients);
        }
    }

    private async Task RunWorkflowCoreAsync(int clients)
    {
        foreach (var workflow in workflows)
        {
            Harness.Clean();
            using var memory = new MemorySampler();
            await using var wfc = await WorkflowCoreDriver.CreateAsync();
            var id = workflow == "A" ? "benchA" : "benchB";
            var eventName = workflow == "A" ? "taskCompleted" : "agreementSigned";

            var warmRounds = await WarmUp.UntilJitQuietAsync(async round =>
            {
                WfcProbe.Current = new WfcProbe(warmup);
                for (var i = 0; i < warmup; i++)
                {
                    await wfc.StartAsync(id, -1, $"w{round}-{i}");
                }

                await WaitAsync(WfcProbe.Current.AllReached.Task, "warm-up reach");
                for (var i = 0; i < warmup; i++)
                {
                    await wfc.PublishAsync(eventName, $"w{round}-{i}");
                }

                await WaitAsync(WfcProbe.Current.AllDone.Task, "warm-up done");
            });

            Harness.Clean();
            var probe = WfcProbe.Current = new WfcProbe(n);
            var allocated = GC.GetTotalAllocatedBytes(precise: true);

            var cpu = Harness.CpuSeconds();

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
            var cpuSeconds = Harness.CpuSeconds() - cpu;
            var allocatedTotal = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            Add(new Scenario("WorkflowCore 3.22.0 (IN-MEMORY persistence)", "none (in-memory)", clients, workflow), startSeconds, startLatency, secondSeconds, probe.Latency,
                allocatedTotal, memory.Peak, probe.Done, cpuSeconds);
            WarmUp.Report(warmRounds, warmup);
        }
    }

    private static async Task WaitAsync(Task task, string what)
    {
        if (await Task.WhenAny(task, Task.Delay(TimeSpan.FromMinutes(5))) != task)
        {
            throw new TimeoutException($"WorkflowCore did not finish '{what}' within 5 minutes (reached {WfcProbe.Current.Reached}, done {WfcProbe.Current.Done}).");
        }
    }
}
