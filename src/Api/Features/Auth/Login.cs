using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using SocialInsurance.Api.Infrastructure.Http;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Identity.Sessions;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Features.Auth;

/// <summary>
/// Password sign-in. Starts a session (<see cref="SignInSessions"/>) whose id the tokens carry; the bearer handler of
/// ASP.NET Core Identity writes the opaque token response itself; with <c>?useCookies=true</c> the Identity cookie is
/// set instead (for the Hangfire dashboard in a browser). Failures are counted per account and address
/// (<see cref="SignInThrottle"/>), the route is rate limited per address, and every refusal — unknown user, wrong
/// password, locked or disabled account — is one of two answers that do not depend on whether the account exists.
/// </summary>
public static class Login
{
    public sealed record LoginRequest(string? UserName, string? Password);

    /// <summary>Answers the session it started; a refusal is 401, worded alike whether or not the account exists.</summary>
    public sealed record Command(string UserName, string Password, bool UseCookies, string? Address) : ICommand<Result<Guid>>;

    public sealed class Handler(SignInManager<AppUser> signIn, SignInThrottle throttle, SignInSessions sessions) : ICommandHandler<Command, Result<Guid>>
    {
        // Verifying against a throw-away hash makes an unknown user name cost the same time as a wrong password.
        private static readonly PasswordHasher<AppUser> Hasher = new();
        private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString()));

        private static Result<Guid> Failed => Result<Guid>.Unauthorized(ErrorCodes.AuthWrongCredentials.With(), ErrorCodes.AuthSignInFailed);

        public async ValueTask<Result<Guid>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (throttle.IsShutOut(command.UserName, command.Address))
            {
                return Result<Guid>.Unauthorized(ErrorCodes.AuthShutOut.With(), ErrorCodes.AuthShutOutTitle);
            }

            var user = await signIn.UserManager.FindByNameAsync(command.UserName);
            if (user is null)
            {
                Hasher.VerifyHashedPassword(new AppUser(), DecoyHash.Value, command.Password);
                throttle.RecordFailure(command.UserName, command.Address);
                return Failed;
            }

            // No lockoutOnFailure: Identity's per-account count is what let anyone lock anyone; a lock an administrator
            // set is still honoured here (LockedOut), and answered like a wrong password.
            var check = await signIn.CheckPasswordSignInAsync(user, command.Password, lockoutOnFailure: false);
            if (!check.Succeeded)
            {
                throttle.RecordFailure(command.UserName, command.Address);
                return Failed;
            }

            throttle.Reset(command.UserName, command.Address);
            var (sessionId, refreshId) = await sessions.StartAsync(user.Id, cancellationToken);
            signIn.AuthenticationScheme = command.UseCookies ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
            await signIn.SignInWithClaimsAsync(user, isPersistent: false,
                [new Claim(SessionClaims.SessionId, sessionId.ToString("D")), new Claim(SessionClaims.RefreshId, refreshId)]);
            return sessionId;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/login", async (LoginRequest request, bool? useCookies, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
                {
                    return (IResult)ApiProblems.Unauthorized(ErrorCodes.AuthWrongCredentials.With(), ErrorCodes.AuthSignInFailed);
                }

                var command = new Command(request.UserName.Trim(), request.Password, useCookies == true, http.Connection.RemoteIpAddress?.ToString());
                // Signed in: Identity's bearer handler (or the cookie handler) has written the response already.
                return ApiProblems.From(await mediator.Send(command, ct), _ => TypedResults.Empty);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Login)
            .WithName("Login")
            .WithSummary("Sign in with user name and password; returns an opaque bearer token and a refresh token.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
