namespace SocialInsurance.Workflows.Runtime;

/// <summary>What became of one message of a batch. Only <see cref="Correlated"/> changed anything.</summary>
public enum DeliveryStatus
{
    /// <summary>Resumed every instance that waited for it, committed with its batch.</summary>
    Correlated,
    /// <summary>Nobody waits for it (any more): nothing changed. Batches do not start or buffer by message.</summary>
    Unmatched,
    /// <summary>Another writer kept changing the instance first, through every attempt: nothing changed.</summary>
    Conflicted,
    /// <summary>Delivering it threw; its writes were rolled back to its savepoint, the rest of the batch went on.</summary>
    Failed,
    /// <summary>The message had no name: nothing was tried.</summary>
    Invalid,
}
