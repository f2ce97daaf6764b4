using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace SocialInsurance.Engine.Benchmarks;

public sealed class BenchData
{
    public string Key { get; set; } = "";
    public int Index { get; set; }
}

/// <summary>Counters the WorkflowCore steps report into; one per measured run.</summary>
public sealed class WfcProbe(int n)
{
    public int Reached;
    public int Done;
    public readonly long[] PublishedAt = new long[n];
    public readonly long[] Latency = new long[n];
    public readonly TaskCompletionSource AllReached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public readonly TaskCompletionSource AllDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int Target = n;

    public static WfcProbe Current = new(0);
}

/// <summary>
/// A: start → (step that counts arrival) → WaitFor("taskCompleted", key) → end step.
/// The wait's effective date is DateTime.MinValue so an event is matched even if it were published before the
/// subscription exists (WorkflowCore's trap); we only publish after every instance has reached the wait anyway.
/// </summary>
public sealed class WfcWorkflowA : IWorkflow<BenchData>
{
    public string Id => "benchA";
    public int Version => 1;

    public void Build(IWorkflowBuilder<BenchData> builder) =>
        builder
            .StartWith(context => WfcSteps.Arrive())
            .WaitFor("taskCompleted", data => data.Key, data => DateTime.MinValue)
            .Then(context => WfcSteps.End(((BenchData)context.Workflow.Data).Index));
}

/// <summary>B: start → WaitFor("agreementSigned", key) → end step.</summary>
public sealed class WfcWorkflowB : IWorkflow<BenchData>
{
    public string Id => "benchB";
    public int Version => 1;

    public void Build(IWorkflowBuilder<BenchData> builder) =>
        builder
            .StartWith(context => WfcSteps.Arrive())
            .WaitFor("agreementSigned", data => data.Key, data => DateTime.MinValue)
            .Then(context => WfcSteps.End(((BenchData)context.Workflow.Data).Index));
}

internal static class WfcSteps
{
    public static ExecutionResult Arrive()
    {
        var probe = WfcProbe.Current;
        if (Interlocked.Increment(ref probe.Reached) == probe.Target)
        {
            probe.AllReached.TrySetResult();
        }

        return ExecutionResult.Next();
    }

    public static ExecutionResult End(int index)
    {
        var probe = WfcProbe.Current;
        if (index >= 0 && index < probe.Latency.Length && probe.PublishedAt[index] != 0)
        {
            probe.Latency[index] = Stopwatch.GetTimestamp() - probe.PublishedAt[index];
        }

        if (Interlocked.Increment(ref probe.Done) == probe.Target)
        {
            probe.AllDone.TrySetResult();
        }

        return ExecutionResult.Next();
    }
}

/// <summary>WorkflowCore 3.22.0 with its default in-memory persistence, queue and lock providers (single node).</summary>
public sealed class WorkflowCoreDriver : IAsyncDisposable
{
    private readonly ServiceProvider _sp;
    public IWorkflowHost Host { get; }

    private WorkflowCoreDriver(ServiceProvider sp, IWorkflowHost host)
    {
        _sp = sp;
        Host = host;
    }

    public static async Task<WorkflowCoreDriver> CreateAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkflow();
        var sp = services.BuildServiceProvider();
        var host = sp.GetRequiredService<IWorkflowHost>();
        host.RegisterWorkflow<WfcWorkflowA, BenchData>();
        host.RegisterWorkflow<WfcWorkflowB, BenchData>();
        await host.StartAsync(CancellationToken.None);
        return new WorkflowCoreDriver(sp, host);
    }

    public Task<string> StartAsync(string workflowId, int index, string key) =>
        Host.StartWorkflow(workflowId, 1, new BenchData { Key = key, Index = index });

    public Task PublishAsync(string eventName, string key) => Host.PublishEvent(eventName, key, null);

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(CancellationToken.None);
        await _sp.DisposeAsync();
    }
}
