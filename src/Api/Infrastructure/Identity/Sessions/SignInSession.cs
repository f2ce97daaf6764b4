namespace SocialInsurance.Api.Infrastructure.Identity.Sessions;

/// <summary>
/// One sign-in and every token refreshed from it (a refresh-token family). Only the newest refresh token of a session
/// is valid (<see cref="RefreshId"/>); presenting an older one means it was copied, and ends the session.
/// </summary>
public sealed class SignInSession
{
    public Guid Id { get; init; }

    public required string UserId { get; init; }

    /// <summary>The id carried by the one refresh token of this session that may still be used.</summary>
    public required string RefreshId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset RefreshedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary><c>logout</c>, <c>reuse</c> (an old refresh token came back) or <c>account</c> (locked, or password changed).</summary>
    public string? RevokedReason { get; set; }
}
