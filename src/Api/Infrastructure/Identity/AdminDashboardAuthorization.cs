using Hangfire;
using Hangfire.Dashboard;

namespace SocialInsurance.Api.Infrastructure.Identity;

/// <summary>
/// Lets only administrators into the Hangfire dashboard. A browser cannot attach a bearer header to page loads, so the
/// administrator signs in with <c>POST /api/auth/login?useCookies=true</c> (the Identity cookie) and then opens
/// <c>/hangfire</c>; requests with a bearer header work as well. Hangfire's default filter (local requests only)
/// is replaced, because behind a proxy every request looks local.
/// </summary>
public sealed class AdminDashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return Task.FromResult(user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Admin));
    }
}

public static class AdminDashboardExtensions
{
    public static WebApplication UseAdminDashboard(this WebApplication app)
    {
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new AdminDashboardAuthorization()],
            DashboardTitle = "SocialInsuranceWorkflows jobs",
        });
        return app;
    }
}
