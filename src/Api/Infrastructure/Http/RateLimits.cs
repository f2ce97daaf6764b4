using SocialInsurance.Api.Infrastructure.Problems;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;

namespace SocialInsurance.Api.Infrastructure.Http;

/// <summary>
/// Fixed windows per remote address. Login: <c>RateLimiting:Login:PermitLimit</c> (default 10) attempts per
/// <c>RateLimiting:Login:WindowSeconds</c> (default 60) — slows password guessing across accounts, which per-account
/// lockout alone does not. The simulated tax bureau's wire API: <c>RateLimiting:TaxBureau:PermitLimit</c> (default 120)
/// per <c>RateLimiting:TaxBureau:WindowSeconds</c> (default 60) per address, unsigned attempts included — 120 batches of
/// 500 is 60,000 people a minute for the polling jobs, far below what a key-guessing or scraping client would want.
/// Refused requests get 429 problem details with Retry-After.
/// </summary>
public static class RateLimits
{
    public const string Login = "login";

    public const string TaxBureau = "tax-bureau";

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:Login:PermitLimit", 10);
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:Login:WindowSeconds", 60));
        var bureauPermits = configuration.GetValue("RateLimiting:TaxBureau:PermitLimit", 120);
        var bureauWindow = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:TaxBureau:WindowSeconds", 60));
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Login, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            options.AddPolicy(TaxBureau, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = bureauPermits, Window = bureauWindow, QueueLimit = 0 }));
            options.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = ApiProblems.Details(StatusCodes.Status429TooManyRequests, ErrorCodes.RequestPleaseWait.With()),
                });
            };
        });
    }
}
