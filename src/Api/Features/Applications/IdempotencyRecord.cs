namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// One <c>Idempotency-Key</c> of one user. Reserved (status 0) before the handler runs, so a concurrent duplicate
/// sees the reservation instead of running the handler a second time; filled with the response on success and
/// deleted on failure (a failed request created nothing, so repeating it is harmless).
/// </summary>
public sealed class IdempotencyRecord
{
    public required string UserName { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of method, route and body: the same key with another body is a client bug (422).</summary>
    public required string RequestHash { get; init; }

    public int StatusCode { get; set; }

    public string? ResponseBody { get; set; }

    public string? Location { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
