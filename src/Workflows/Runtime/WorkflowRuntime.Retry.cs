using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// How many times a step is run in all when another step on the same instance commits while it runs. Each attempt
    /// reads afresh; the last one begins its transaction before reading (on SQLite it holds the write lock from the
    /// start, so nothing can change under it), hence a step on SQLite never gives up on a conflict.
    /// </summary>
    internal const int StepAttempts = 3;

    /// <summary>
    /// Runs <paramref name="attempt"/> in a deferred session (the interpreter runs outside SQLite's write lock; the
    /// commit re-checks the stamps of what the step read) and runs it again, on fresh state, when a stamp moved. Each
    /// attempt is its own session, rolled back whole before the next; the last attempt's conflict reaches the caller.
    /// </summary>
    private async Task<T> RetryOnConflictAsync<T>(Func<IWorkflowSession, Task<T>> attempt, CancellationToken ct)
    {
        for (var n = 1; ; n++)
        {
            var last = n >= StepAttempts;
            await using var session = last ? await store.OpenAsync(ct) : await store.OpenDeferredAsync(ct);
            try
            {
                return await attempt(session);
            }
            catch (ConcurrencyConflictException conflict) when (!last)
            {
                // Another step on the same instance committed since this one read it: run again on what it wrote.
                if (conflict.NeedsTransaction)
                {
                    // Running it deferred again would fail the same way: straight to the attempt that holds the lock.
                    n = StepAttempts - 1;
                }
            }
        }
    }
}
