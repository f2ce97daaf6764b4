using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>Binds <see cref="UploadLimits"/> and adds the upload route's per-user rate-limit policy to the host's limiter.</summary>
public static class UploadLimitsRegistration
{
    public static IServiceCollection AddUploadLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UploadLimits>().BindConfiguration(UploadLimits.Section)
            .Validate(o => o.MaxBytesPerApplication > 0 && o.MaxBytesPerUser > 0, "Uploads:MaxBytesPerApplication and MaxBytesPerUser must be positive.")
            .ValidateOnStart();
        var permits = configuration.GetValue("RateLimiting:Upload:PermitLimit", 20);
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:Upload:WindowSeconds", 60));
        return services.Configure<RateLimiterOptions>(options => options.AddPolicy(UploadLimits.RatePolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter(
                context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })));
    }
}
