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
                await TypedResults.Problem("仅支持 POST / Only POST is allowed here.", statusCode: StatusCodes.Status405MethodNotAllowed, title: "方法不允许 / Method not allowed")
                    .ExecuteAsync(context);
                return;
            }

            if (!context.Request.HasFormContentType)
            {
                await TypedResults.Problem("须为表单 / Send a form (application/x-www-form-urlencoded).", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "不支持的媒体类型 / Unsupported media type")
                    .ExecuteAsync(context);
                return;
            }

            await next(context);
        });
}
