namespace SocialInsurance.Workflows.Execution.Bookmarks;

public enum BookmarkKind
{
    UserTask,
    Message,
    Timer,
    /// <summary>An asynchronous continuation waiting for its background job.</summary>
    Job,
    /// <summary>A signal subscription (name in <c>MessageName</c>), resumed by a broadcast.</summary>
    Signal,
    /// <summary>A signal thrown by a committed step, waiting for its job to broadcast it (name in <c>MessageName</c>).</summary>
    SignalThrow,
}
