using SocialInsurance.Api.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Identity.Sessions;

namespace SocialInsurance.Api.Infrastructure.Identity;

public static class IdentityServiceExtensions
{
    /// <summary>
    /// ASP.NET Core Identity with EF stores and its opaque bearer tokens (with refresh), plus the Identity cookie for the
    /// Hangfire dashboard (a browser page cannot send a bearer header). Accounts live in the engine's database.
    /// </summary>
    public static IServiceCollection AddApiIdentity(this IServiceCollection services)
    {
        services.AddCaseServiceStore();
        services.AddHttpContextAccessor();
        services.AddScoped<AuditLog>();
        services.AddScoped<SignInSessions>();
        services.AddSingleton<SessionCheckCache>();
        services.AddSingleton<SignInThrottle>();
        services.AddOptions<SignInSessionOptions>().BindConfiguration(SignInSessionOptions.Section);
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section)
            .Validate(o => o.MaxFailures >= 1 && o.LockoutDuration > TimeSpan.Zero, "Identity:SignIn needs MaxFailures >= 1 and a positive LockoutDuration.")
            .ValidateOnStart();

        services.AddIdentityApiEndpoints<AppUser>(options =>
            {
                // Identity's lockout stays on for locks an administrator sets (LockoutEnd); failed passwords are counted
                // per account and address by SignInThrottle instead, because Identity's per-account count let anyone
                // lock anyone out. These two figures therefore only matter to code that calls lockoutOnFailure: true.
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.Password.RequiredLength = 8;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CaseServiceDbContext>();

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Applicant, policy => policy.RequireRole(Roles.Applicant))
            .AddPolicy(Policies.Reviewer, policy => policy.RequireRole(Roles.Reviewer, Roles.Admin))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(Roles.Admin));
        return services;
    }

    /// <summary>Seeds demo accounts when configured (the tables exist: start-up migrated them first).</summary>
    public static async Task InitializeIdentityAsync(this WebApplication app)
    {
        if (app.Configuration.GetValue("Identity:SeedDemoAccounts", false))
        {
            await DemoAccounts.SeedAsync(app.Services);
        }
    }
}
