using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Identity;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Domain.Insurance;

namespace SocialInsurance.Api.Features.Me;

/// <summary>Who the caller is. Applicants see their ID number masked; the full number is never sent back to its owner's client.</summary>
public static class GetMe
{
    public sealed record MeResponse(string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Groups, string? MaskedIdNumber);

    public sealed record Query(ClaimsPrincipal User) : IQuery<MeResponse?>;

    public sealed class Handler(UserManager<AppUser> users) : IQueryHandler<Query, MeResponse?>
    {
        public async ValueTask<MeResponse?> Handle(Query query, CancellationToken cancellationToken)
        {
            var user = await users.GetUserAsync(query.User);
            if (query.User.Identity?.AuthenticationType == ExternalJwtExtensions.AuthenticationType)
            {
                return FromToken(query.User, user);
            }

            if (user is null)
            {
                return null;
            }

            var roles = await users.GetRolesAsync(user);
            var groups = (await users.GetClaimsAsync(user)).Where(c => c.Type == Claims.Group).Select(c => c.Value).Order(StringComparer.Ordinal).ToArray();
            var masked = roles.Contains(Infrastructure.Identity.Roles.Applicant) && ResidentIdNumber.TryCreate(user.IdNumber, out var id, out _)
                ? id.Masked
                : null;
            return new MeResponse(user.UserName!, user.DisplayName, [.. roles.Order(StringComparer.Ordinal)], groups, masked);
        }
    }

    /// <summary>An external authority's user: roles and groups are what its token says (a reviewer has no local account at all).</summary>
    private static MeResponse FromToken(ClaimsPrincipal principal, AppUser? linked)
    {
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToArray();
        var masked = roles.Contains(Infrastructure.Identity.Roles.Applicant) && ResidentIdNumber.TryCreate(linked?.IdNumber, out var id, out _) ? id.Masked : null;
        return new MeResponse(
            principal.Identity!.Name!,
            principal.FindFirst(ExternalJwtExtensions.DisplayNameClaim)?.Value ?? principal.Identity.Name!,
            roles,
            principal.FindAll(Claims.Group).Select(c => c.Value).Order(StringComparer.Ordinal).ToArray(),
            masked);
    }

    public static IEndpointRouteBuilder MapMeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", async (ClaimsPrincipal user, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new Query(user), ct) is { } me ? Results.Ok(me) : Results.Unauthorized())
            .RequireAuthorization()
            .WithTags("Me")
            .WithName("GetMe")
            .WithSummary("The signed-in user: name, roles, groups and, for applicants, the masked ID number.")
            .Produces<MeResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }
}
