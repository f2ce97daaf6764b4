using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SocialInsurance.Api.Infrastructure.Identity.Sessions;

/// <summary>
/// Identity's bearer handler checks only a token's signature and expiry, so a token outlived a logout, a lock or a
/// password change by up to an hour. After authentication this checks every principal our own sign-in issued
/// (recognised by Identity's security-stamp claim; external JWTs are their authority's business): its session must be
/// live, its security stamp current and its account not locked. A principal that fails is replaced by an anonymous
/// one, so authorization answers 401 as for no token at all. Results are trusted for
/// <see cref="SignInSessionOptions.ValidationInterval"/>.
/// </summary>
public static class SessionValidation
{
    public static IApplicationBuilder UseSignInSessions(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true && !await IsCurrentAsync(context, context.User))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }

            await next(context);
        });

    private static async Task<bool> IsCurrentAsync(HttpContext context, ClaimsPrincipal user)
    {
        var services = context.RequestServices;
        var claimTypes = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var stamp = user.FindFirstValue(claimTypes.SecurityStampClaimType);
        if (stamp is null)
        {
            return true;
        }

        if (!Guid.TryParse(user.FindFirstValue(SessionClaims.SessionId), out var sessionId))
        {
            return false;
        }

        var cache = services.GetRequiredService<SessionCheckCache>();
        if (cache.IsTrusted(sessionId, stamp))
        {
            return true;
        }

        // As Identity's ValidateSecurityStampAsync and IsLockedOutAsync would answer, with the session in the same query.
        var account = await services.GetRequiredService<SignInSessions>().AccountAsync(sessionId, context.RequestAborted);
        var current = account is not null
            && account.UserId == user.FindFirstValue(claimTypes.UserIdClaimType)
            && account.SecurityStamp == stamp
            && !account.IsLockedOut;
        if (current)
        {
            cache.Trust(sessionId, stamp, services.GetRequiredService<IOptionsMonitor<SignInSessionOptions>>().CurrentValue.ValidationInterval);
        }
        else
        {
            cache.Forget(sessionId);
        }

        return current;
    }
}
