namespace SocialInsurance.Api.Infrastructure.Identity;

/// <summary>One reviewer decision or administrator action. Rows are only ever inserted: nothing in the API updates or deletes them.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public required string Target { get; init; }
    public string? Details { get; init; }
    public string? RemoteAddress { get; init; }
    public DateTimeOffset At { get; init; }
}
