using Mediator;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using SocialInsurance.Api.Infrastructure.Http;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Features.Auth;

/// <summary>
/// Password sign-in. The bearer handler of ASP.NET Core Identity writes the opaque token response itself; with
/// <c>?useCookies=true</c> the Identity cookie is set instead (for the Hangfire dashboard in a browser).
/// Five failures in a row lock the account for 15 minutes (Identity lockout), and the route is rate limited per address.
/// </summary>
public static class Login
{
    public sealed record LoginRequest(string? UserName, string? Password);

    public sealed record Command(string UserName, string Password, bool UseCookies) : ICommand<Outcome>;

    public enum Outcome
    {
        SignedIn,
        Failed,
        LockedOut,
    }

    public sealed class Handler(SignInManager<AppUser> signIn) : ICommandHandler<Command, Outcome>
    {
        public async ValueTask<Outcome> Handle(Command command, CancellationToken cancellationToken)
        {
            signIn.AuthenticationScheme = command.UseCookies ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
            var result = await signIn.PasswordSignInAsync(command.UserName, command.Password, isPersistent: false, lockoutOnFailure: true);
            return result.Succeeded ? Outcome.SignedIn : result.IsLockedOut ? Outcome.LockedOut : Outcome.Failed;
        }
    }

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/login", async (LoginRequest request, bool? useCookies, IMediator mediator, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
                {
                    return (IResult)ApiProblems.Unauthorized("用户名或密码错误 / Wrong user name or password");
                }

                return await mediator.Send(new Command(request.UserName.Trim(), request.Password, useCookies == true), ct) switch
                {
                    Outcome.SignedIn => (IResult)TypedResults.Empty,
                    Outcome.LockedOut => ApiProblems.Unauthorized(
                        "账户已锁定 / Account locked",
                        "连续多次登录失败，账户已暂时锁定，请 15 分钟后再试 / Too many failed sign-ins; try again in 15 minutes."),
                    _ => ApiProblems.Unauthorized("用户名或密码错误 / Wrong user name or password"),
                };
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Login)
            .WithName("Login")
            .WithSummary("Sign in with user name and password; returns an opaque bearer token and a refresh token.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
