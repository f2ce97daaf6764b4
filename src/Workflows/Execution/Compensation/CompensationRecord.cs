namespace SocialInsurance.Workflows.Execution.Compensation;

/// <summary>
/// An activity that completed and can be compensated later (Camunda 7's compensate event subscription with its event
/// scope): a task or sub-process with a compensation boundary event, or a completed scope (an embedded sub-process, a
/// multi-instance body or one of its instances) that holds such records itself. Written when the activity completes,
/// consumed when compensation reaches it, and gone with the instance.
/// </summary>
public sealed class CompensationRecord
{
    public Guid Id { get; init; }
    public Guid InstanceId { get; init; }

    /// <summary>The token of the scope the activity completed in (a sub-process, a multi-instance body); null at process level.</summary>
    public int? ScopeTokenId { get; init; }

    /// <summary>The activity's own token: the scope of the records made inside it, when it is a sub-process or a body.</summary>
    public int TokenId { get; init; }

    public required string ElementId { get; init; }

    /// <summary>The <c>isForCompensation</c> activity to run; null for a scope compensated through the records inside it.</summary>
    public string? HandlerId { get; init; }

    /// <summary>The journal sequence of the activity's Completed entry: compensation runs in the reverse of this order.</summary>
    public int Sequence { get; init; }

    /// <summary>The activity's local variables when it completed (JSON): its inputs, <c>loopCounter</c>, element variable.</summary>
    public string? Variables { get; init; }

    public DateTimeOffset CompletedAt { get; init; }
}
