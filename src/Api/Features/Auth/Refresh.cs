using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Features.Auth;

/// <summary>
/// Exchanges a refresh token for new tokens, as Identity's own <c>/refresh</c> does: the security stamp is checked, so
/// a changed password or a locked account invalidates outstanding refresh tokens.
/// </summary>
public static class Refresh
{
    public sealed record RefreshRequest(string? RefreshToken);

    public sealed record Command(string RefreshToken) : ICommand<ClaimsPrincipal?>;

    public sealed class Handler(
        SignInManager<AppUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider time) : ICommandHandler<Command, ClaimsPrincipal?>
    {
        public async ValueTask<ClaimsPrincipal?> Handle(Command command, CancellationToken cancellationToken)
        {
            var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
            var ticket = protector.Unprotect(command.RefreshToken);
            if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires)
            {
                return null;
            }

            var user = await signIn.ValidateSecurityStampAsync(ticket.Principal);
            return user is null || await signIn.UserManager.IsLockedOutAsync(user) ? null : await signIn.CreateUserPrincipalAsync(user);
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/refresh", async (RefreshRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var principal = string.IsNullOrWhiteSpace(request.RefreshToken)
                    ? null
                    : await mediator.Send(new Command(request.RefreshToken), ct);
                return principal is null
                    ? (IResult)ApiProblems.Unauthorized("刷新令牌无效或已过期 / The refresh token is invalid or expired")
                    : TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
            })
            .AllowAnonymous()
            .WithName("RefreshToken")
            .WithSummary("Exchange a refresh token for a new access token.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
