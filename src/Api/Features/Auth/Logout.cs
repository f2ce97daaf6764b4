using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using SocialInsurance.Api.Infrastructure.Identity.Sessions;

namespace SocialInsurance.Api.Features.Auth;

/// <summary>
/// Ends the caller's session: its refresh token stops working at once, its access tokens on this node at once and on
/// the others within <see cref="SignInSessionOptions.ValidationInterval"/>. The Identity cookie, if any, is removed too.
/// A token from an external authority has no session here; signing out of it is that authority's business.
/// </summary>
public static class Logout
{
    public sealed record Command(ClaimsPrincipal User) : ICommand;

    public sealed class Handler(SignInSessions sessions, SessionCheckCache checks) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            if (Guid.TryParse(command.User.FindFirstValue(SessionClaims.SessionId), out var sessionId))
            {
                await sessions.RevokeAsync(sessionId, "logout", cancellationToken);
                checks.Forget(sessionId);
            }

            return Unit.Value;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/logout", async (ClaimsPrincipal user, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new Command(user), ct);
                await http.SignOutAsync(IdentityConstants.ApplicationScheme);
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .WithName("Logout")
            .WithSummary("Sign out: revokes the session's refresh token and access tokens.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
