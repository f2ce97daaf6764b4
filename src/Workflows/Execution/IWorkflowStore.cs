namespace SocialInsurance.Workflows.Execution;

public interface IWorkflowStore
{
    /// <summary>Opens a session with its transaction begun.</summary>
    Task<IWorkflowSession> OpenAsync(CancellationToken ct);

    /// <summary>
    /// Opens a session that reads without a transaction and begins it only when the step first writes (on SQLite the
    /// write lock is then held for the write, not for the run). A read that went stale meanwhile fails the commit with
    /// <see cref="ConcurrencyConflictException"/>: only callers that run the step again on a conflict use this.
    /// </summary>
    Task<IWorkflowSession> OpenDeferredAsync(CancellationToken ct) => OpenAsync(ct);
}
