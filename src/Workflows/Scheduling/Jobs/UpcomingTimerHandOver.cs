using Hangfire;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Scheduling.Jobs;

/// <summary>
/// Every minute: the timers due in the next minute become jobs (<see cref="HandOverWindow"/>). One recurring job for
/// the whole cluster, so nodes do not hand the same timer over twice.
/// </summary>
public sealed class UpcomingTimerHandOver(WorkflowRuntime runtime, TimeProvider time)
{
    public const string RecurringJobId = "workflow-upcoming-timers";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public Task<int> RunAsync(CancellationToken ct)
    {
        var (from, to) = HandOverWindow.Next(time.GetUtcNow());
        return runtime.HandOverUpcomingAsync(from, to, ct: ct);
    }
}
