namespace SocialInsurance.Workflows.Execution;

public interface IWorkflowStore
{
    /// <summary>Opens a session with its transaction begun.</summary>
    Task<IWorkflowSession> OpenAsync(CancellationToken ct);
}
