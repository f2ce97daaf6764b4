using Hangfire;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Scheduling.Jobs;

/// <summary>
/// The recurring safety net: re-delivers timers and continuations a minute overdue. Covers a crash between a step's
/// commit and its job being handed to Hangfire, which no transaction can span (two different stores).
/// </summary>
public sealed class OverdueBookmarkSweep(WorkflowRuntime runtime)
{
    public const string RecurringJobId = "workflow-overdue-sweep";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public Task<int> RunAsync(CancellationToken ct) =>
        runtime.RescheduleOverdueAsync(TimeSpan.FromMinutes(1), limit: 5_000, ct);
}
