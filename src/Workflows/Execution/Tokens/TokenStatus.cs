namespace SocialInsurance.Workflows.Execution.Tokens;

public enum TokenStatus
{
    /// <summary>Waits for a background job to run the element (<c>asyncBefore</c>).</summary>
    Scheduled,
    /// <summary>Waits on a bookmark (task, message, timer) or on its children (sub-process).</summary>
    Waiting,
    /// <summary>Arrived at a parallel join and waits for its siblings.</summary>
    Joined,
    /// <summary>The element failed; an incident holds the token where it is until an administrator retries it.</summary>
    Failed,
}
