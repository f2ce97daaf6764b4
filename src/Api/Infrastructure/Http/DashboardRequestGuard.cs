using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Infrastructure.Http;

/// <summary>
/// Hangfire's dashboard serves its live counters at <c>/hangfire/stats</c> to a form POST only and throws (a 500)
/// for anything else, such as a GET typed into the address bar. Answer those as HTTP says instead: 405 with
/// <c>Allow: POST</c>, or 415 for a POST that is not a form.
/// </summary>
public static class DashboardRequestGuard
{
    public static IApplicationBuilder UseDashboardRequestGuard(this IApplicationBuilder app, string dashboardPath) =>
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments($"{dashboardPath}/stats", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            if (!HttpMethods.IsPost(context.Request.Method))
            {
                context.Response.Headers.Allow = "POST";
                await ApiProblems.Problem(StatusCodes.Status405MethodNotAllowed, ErrorCodes.RequestOnlyPost.With())
                    .ExecuteAsync(context);
                return;
            }

            if (!context.Request.HasFormContentType)
            {
                await ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.RequestFormRequired.With())
                    .ExecuteAsync(context);
                return;
            }

            await next(context);
        });
}
