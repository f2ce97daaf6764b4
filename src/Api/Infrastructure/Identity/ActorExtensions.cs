using System.Security.Claims;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Api.Infrastructure.Identity;

public static class ActorExtensions
{
    /// <summary>The engine's view of the caller: user name as id (what the journal shows), group claims, admin role.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(
        user.Identity?.Name ?? throw new InvalidOperationException("Expected an authenticated user, but the request is anonymous."),
        user.Groups(),
        IsAdministrator: user.IsInRole(Roles.Admin));

    public static IReadOnlyList<string> Groups(this ClaimsPrincipal user) =>
        [.. user.FindAll(Claims.Group).Select(c => c.Value).Distinct(StringComparer.Ordinal)];
}
