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
    /// <summary>A conditional event waiting for its condition to hold after a variable change.</summary>
    Conditional,
    /// <summary>
    /// A process-level timer start event of the published version (no instance: <c>InstanceId</c> is empty, the
    /// process key in <c>MessageName</c>, the version in <c>DefinitionId</c>); firing it starts an instance.
    /// </summary>
    TimerStart,
}
