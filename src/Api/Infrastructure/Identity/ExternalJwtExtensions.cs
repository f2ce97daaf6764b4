using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;

namespace SocialInsurance.Api.Infrastructure.Identity;

public static class ExternalJwtExtensions
{
    /// <summary>Forwards each request to the Identity bearer scheme or to the external JWT scheme.</summary>
    public const string SelectorScheme = "BearerSelector";

    /// <summary>The authentication type of identities built from an external token, so features can tell them apart.</summary>
    public const string AuthenticationType = "external-jwt";

    /// <summary>The display name of an external user (the token's <c>name</c>, else the user name): they may have no local account to hold it.</summary>
    public const string DisplayNameClaim = "display_name";

    /// <summary>The composite scheme <c>AddIdentityApiEndpoints</c> makes the default (bearer, then cookie); its constant is internal to Identity.</summary>
    private const string IdentityBearerAndApplicationScheme = "Identity.BearerAndApplication";

    /// <summary>
    /// Accepts JWTs from the configured authority beside Identity's own opaque bearer tokens (and its cookie). A policy
    /// scheme picks by token shape: a JWT is three dot-separated base64url parts starting with <c>eyJ</c> (<c>{"</c>);
    /// Identity's data-protected tokens contain no dot, so neither scheme is ever asked about the other's tokens.
    /// Both end in the same claims — <see cref="ClaimTypes.Role"/>, <see cref="Claims.Group"/>, the user name — so the
    /// role policies and the task candidate checks apply unchanged.
    /// </summary>
    public static IServiceCollection AddExternalJwt(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JwtAuthorityOptions.Section).Get<JwtAuthorityOptions>() ?? new JwtAuthorityOptions();
        if (string.IsNullOrWhiteSpace(options.Authority))
        {
            return services;
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            throw new InvalidOperationException($"Expected {JwtAuthorityOptions.Section}:Audience with {JwtAuthorityOptions.Section}:Authority, but it is not set: without it any token of that authority would be accepted.");
        }

        services.AddSingleton(options);
        services.AddScoped<ExternalApplicantAccounts>();
        services.AddAuthentication(auth =>
            {
                auth.DefaultScheme = SelectorScheme;
                auth.DefaultAuthenticateScheme = SelectorScheme;
                auth.DefaultChallengeScheme = SelectorScheme;
                auth.DefaultForbidScheme = SelectorScheme;
            })
            .AddPolicyScheme(SelectorScheme, "Identity bearer or external JWT", policy =>
                policy.ForwardDefaultSelector = context => IsJwt(context.Request.Headers.Authorization.ToString())
                    ? JwtBearerDefaults.AuthenticationScheme
                    : IdentityBearerAndApplicationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.Authority = options.Authority;
                jwt.Audience = options.Audience;
                jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters.NameClaimType = options.NameClaim;
                jwt.TokenValidationParameters.RoleClaimType = options.RoleClaim;
                jwt.Events = new JwtBearerEvents { OnTokenValidated = MapClaimsAsync };
            });
        return services;
    }

    internal static bool IsJwt(string authorization)
    {
        const string prefix = "Bearer ";
        if (!authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var token = authorization.AsSpan(prefix.Length).Trim();
        return token.StartsWith("eyJ", StringComparison.Ordinal) && token.Count('.') == 2;
    }

    private static async Task MapClaimsAsync(TokenValidatedContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<JwtAuthorityOptions>();
        var external = context.Principal!;
        var name = external.FindFirst(options.NameClaim)?.Value ?? external.FindFirst("sub")?.Value;
        if (string.IsNullOrWhiteSpace(name))
        {
            context.Fail($"Expected the token to carry '{options.NameClaim}' or 'sub', but it has neither.");
            return;
        }

        var identity = new ClaimsIdentity(AuthenticationType, ClaimTypes.Name, ClaimTypes.Role);
        var roles = external.FindAll(options.RoleClaim).Select(c => c.Value).Where(Roles.All.Contains).Distinct(StringComparer.Ordinal).ToList();
        identity.AddClaims(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        identity.AddClaims(external.FindAll(options.GroupClaim).Select(c => c.Value).Distinct(StringComparer.Ordinal).Select(g => new Claim(Claims.Group, g)));

        if (roles.Contains(Roles.Applicant))
        {
            // Applicant features read the account's verified ID number from the user store, never from a request; an
            // external applicant gets a local account linked to the token's issuer and subject, kept in step with the
            // ID number the authority vouches for.
            var accounts = context.HttpContext.RequestServices.GetRequiredService<ExternalApplicantAccounts>();
            var user = await accounts.LinkAsync(external, name, external.FindFirst(options.IdNumberClaim)?.Value, context.HttpContext.RequestAborted);
            identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id));
            name = user.UserName!;
        }

        identity.AddClaim(new Claim(ClaimTypes.Name, name));
        identity.AddClaim(new Claim(DisplayNameClaim, external.FindFirst("name")?.Value ?? name));
        context.Principal = new ClaimsPrincipal(identity);
    }
}
