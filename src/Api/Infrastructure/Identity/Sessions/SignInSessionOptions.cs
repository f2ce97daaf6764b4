namespace SocialInsurance.Api.Infrastructure.Identity.Sessions;

/// <summary>Bound from <c>Identity:Sessions</c>.</summary>
public sealed class SignInSessionOptions
{
    public const string Section = "Identity:Sessions";

    /// <summary>
    /// How long a node trusts an access token's session after checking it (session not revoked, security stamp
    /// unchanged, account not locked). This is the longest a locked account, a changed password or a logout seen by
    /// another node leaves a token working; the node that handled the logout forgets at once. Zero checks every request
    /// (two indexed reads each).
    /// </summary>
    public TimeSpan ValidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
