using Hangfire;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Scheduling.Jobs;

/// <summary>
/// Fires one timer or runs one continuation. Element failures are counted by the engine itself against the BPMN
/// retry cycle; Hangfire's own retries only cover infrastructure failures (the database briefly unavailable).
/// </summary>
public sealed class BookmarkJob(WorkflowRuntime runtime)
{
    [AutomaticRetry(Attempts = 5)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(Guid bookmarkId, CancellationToken ct) =>
        await runtime.RunBookmarkAsync(bookmarkId, ct);
}
