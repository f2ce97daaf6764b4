using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Identity.Sessions;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Features.Auth;

/// <summary>
/// Exchanges a refresh token for new tokens, once: each refresh token carries its session and its own id, and only
/// the session's newest id is accepted (<see cref="SignInSessions.RotateAsync"/>). An older one coming back means a
/// copy is in other hands, so the whole session ends. The security stamp and the lock are checked as Identity's own
/// <c>/refresh</c> does; a changed password or a locked account ends the session too.
/// </summary>
public static class Refresh
{
    public sealed record RefreshRequest(string? RefreshToken);

    public sealed record Command(string? RefreshToken) : ICommand<Result<ClaimsPrincipal>>;

    public sealed class Handler(
        SignInManager<AppUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        SignInSessions sessions,
        SessionCheckCache checks,
        TimeProvider time) : ICommandHandler<Command, Result<ClaimsPrincipal>>
    {
        private static readonly Result<ClaimsPrincipal> Refused = Result<ClaimsPrincipal>.Unauthorized(ErrorCodes.AuthRefreshInvalid.With());

        public async ValueTask<Result<ClaimsPrincipal>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(command.RefreshToken))
            {
                return Refused;
            }

            var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
            var ticket = protector.Unprotect(command.RefreshToken);
            if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
                || !Guid.TryParse(ticket.Principal.FindFirstValue(SessionClaims.SessionId), out var sessionId)
                || ticket.Principal.FindFirstValue(SessionClaims.RefreshId) is not { } refreshId)
            {
                return Refused;
            }

            var user = await signIn.ValidateSecurityStampAsync(ticket.Principal);
            if (user is null || await signIn.UserManager.IsLockedOutAsync(user))
            {
                await sessions.RevokeAsync(sessionId, "account", cancellationToken);
                checks.Forget(sessionId);
                return Refused;
            }

            if (await sessions.RotateAsync(sessionId, refreshId, cancellationToken) is not { } next)
            {
                checks.Forget(sessionId);
                return Refused;
            }

            var principal = await signIn.CreateUserPrincipalAsync(user);
            ((ClaimsIdentity)principal.Identity!).AddClaims(
                [new Claim(SessionClaims.SessionId, sessionId.ToString("D")), new Claim(SessionClaims.RefreshId, next)]);
            return principal;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/refresh", async (RefreshRequest request, IMediator mediator, CancellationToken ct) =>
                ApiProblems.From(await mediator.Send(new Command(request.RefreshToken), ct),
                    principal => TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme)))
            .AllowAnonymous()
            .WithName("RefreshToken")
            .WithSummary("Exchange a refresh token for a new access token and a new refresh token (each refresh token works once).")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
