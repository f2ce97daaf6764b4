namespace SocialInsurance.Workflows.Execution;

/// <summary>Another writer committed a change to the same instance or task first; nothing of this step was kept.</summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>
    /// The step cannot succeed without its transaction begun from the start (writes held back by an
    /// <see cref="IDeferredStepWrites"/> had to be undone only in part): the next attempt holds the lock throughout.
    /// </summary>
    public bool NeedsTransaction { get; init; }
}
