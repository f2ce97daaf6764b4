namespace SocialInsurance.Api.Infrastructure.Identity;

/// <summary>
/// <c>Authentication:Jwt</c>: an external OIDC/JWT authority whose access tokens the API accepts beside its own. Off
/// unless <see cref="Authority"/> is set. Claim names differ between providers (Keycloak, Azure AD, a provincial
/// unified identity platform), so each one this API reads is configurable.
/// </summary>
public sealed class JwtAuthorityOptions
{
    public const string Section = "Authentication:Jwt";

    /// <summary>The issuer; its <c>/.well-known/openid-configuration</c> supplies the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The <c>aud</c> tokens must carry for this API.</summary>
    public string? Audience { get; set; }

    /// <summary>Claim holding role names (<c>applicant</c>, <c>reviewer</c>, <c>admin</c>), one claim per role or a JSON array.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Claim holding candidate groups such as <c>reviewers-6501</c>.</summary>
    public string GroupClaim { get; set; } = "groups";

    /// <summary>Claim holding the user name the journal and audit log show.</summary>
    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>
    /// Claim holding an applicant's real-name-verified 公民身份号码. Applications are always for this person, so an
    /// applicant token without it owns no application.
    /// </summary>
    public string IdNumberClaim { get; set; } = "id_number";

    /// <summary>Metadata over plain http only for a local test authority; never in production.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
