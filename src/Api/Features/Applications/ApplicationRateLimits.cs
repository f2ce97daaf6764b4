using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// Submissions per signed-in user: <c>RateLimiting:Submission:PermitLimit</c> (default 20) per
/// <c>RateLimiting:Submission:WindowSeconds</c> (default 60). Per user, not per address: many applicants share a
/// carrier NAT, and a submission starts a process, so one account hammering it is what we limit. Added to the host's
/// limiter options, so refusals get its 429 problem details.
/// </summary>
public static class ApplicationRateLimits
{
    public const string Submission = "submission";

    public static IServiceCollection AddSubmissionRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:Submission:PermitLimit", 20);
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:Submission:WindowSeconds", 60));
        return services.Configure<RateLimiterOptions>(options => options.AddPolicy(Submission, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })));
    }
}
