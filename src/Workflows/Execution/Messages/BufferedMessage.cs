namespace SocialInsurance.Workflows.Execution.Messages;

/// <summary>A message kept for a while because its definition asked for buffering and no instance was waiting yet.</summary>
public sealed class BufferedMessage
{
    public Guid Id { get; init; }
    public required string Name { get; init; }
    public required string CorrelationKey { get; init; }
    public string? Variables { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
}
