namespace SocialInsurance.Workflows.Execution;

/// <summary>
/// A caller's own writes that belong to the same transaction as the step it asks for: the host's domain change before
/// the process runs, and what it records about the outcome (an audit row, a stored response) after the step reached its
/// wait state but before the commit. Everything commits together on the step's one connection, or nothing does; the
/// participant never opens a connection of its own (which, under load, would wait for a pool that steps holding
/// theirs have exhausted).
/// </summary>
public interface IStepParticipant
{
    /// <summary>
    /// Runs first in the step's transaction. False refuses the step: nothing is written, the caller reports why. When
    /// another writer commits first the step runs again, this with it, on a fresh transaction: it starts afresh.
    /// </summary>
    Task<bool> BeforeStepAsync(IStepTransaction transaction, CancellationToken ct);

    /// <summary>Runs after the step reached its next wait state, before the commit, with the instance the step ran.</summary>
    Task AfterStepAsync(IStepTransaction transaction, Guid instanceId, CancellationToken ct);
}
