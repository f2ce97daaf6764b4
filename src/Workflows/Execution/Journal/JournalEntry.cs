namespace SocialInsurance.Workflows.Execution.Journal;

/// <summary>
/// One transition of an instance, appended in the same transaction as the step that made it. The progress view and
/// the diagram highlighting read nothing else, so it records every element the token passed, not just wait states.
/// </summary>
public sealed class JournalEntry
{
    public Guid InstanceId { get; init; }
    public int Sequence { get; init; }
    public required string ElementId { get; init; }
    public required string ElementType { get; init; }
    public required string Event { get; init; }
    public int? TokenId { get; init; }
    public string? Actor { get; init; }
    public DateTimeOffset At { get; init; }

    /// <summary>Small JSON payload: submitted variables, the incident message, the message name.</summary>
    public string? Data { get; init; }

    public override string ToString() => $"{ElementId}:{Event}";
}
