namespace SocialInsurance.Api.Infrastructure.Identity.Sessions;

/// <summary>Claims our own tokens carry beside Identity's: the session, and which refresh token of it this is.</summary>
public static class SessionClaims
{
    public const string SessionId = "sid";

    public const string RefreshId = "rti";
}
