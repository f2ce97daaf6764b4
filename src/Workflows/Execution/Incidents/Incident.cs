namespace SocialInsurance.Workflows.Execution.Incidents;

/// <summary>
/// A step that could not go on by itself (a failed job out of retries, a gateway with no way out, a script over its
/// limits). The token stays on <see cref="ElementId"/> until an administrator retries.
/// </summary>
public sealed class Incident
{
    public Guid Id { get; init; }
    public Guid InstanceId { get; init; }
    public int TokenId { get; init; }
    public required string ProcessKey { get; init; }
    public required string ElementId { get; set; }
    public required string ElementType { get; set; }
    /// <summary>The engine's English text, for logs and operators; a host writes the incident from <see cref="Code"/> and <see cref="Args"/>.</summary>
    public required string Message { get; init; }

    /// <summary>The kind of failure (<see cref="IncidentCodes"/>); null on incidents recorded before codes existed.</summary>
    public string? Code { get; init; }

    /// <summary>The code's arguments by name (<see cref="IncidentCode.Arguments"/>); null with <see cref="Code"/>.</summary>
    public IReadOnlyDictionary<string, string>? Args { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }
}
