namespace SocialInsurance.Api.Features.Auth;

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        Login.Map(group);
        Refresh.Map(group);
        Logout.Map(group);
        return app;
    }
}
