namespace SocialInsurance.Api.Infrastructure.Http;

/// <summary>
/// Headers every response carries. The CSP allows only same-origin scripts and styles, except on the interactive
/// API reference (<c>/scalar</c>) and the Hangfire dashboard, whose pages use inline scripts and styles; framing is
/// denied everywhere (the Studio is a top-level app and never embeds the API). The Studio may frame only <c>blob:</c>
/// URLs it made itself: a case's PDF material, fetched with the bearer token and shown in the browser's viewer.
/// </summary>
public static class SecurityHeaders
{
    private const string StrictPolicy =
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; font-src 'self' data:; frame-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private const string ToolPagePolicy =
        "default-src 'self'; img-src 'self' data: blob: https:; style-src 'self' 'unsafe-inline' https:; script-src 'self' 'unsafe-inline' https:; connect-src 'self' https:; font-src 'self' data: https:; frame-ancestors 'none'; base-uri 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            var path = context.Request.Path;
            headers.ContentSecurityPolicy = path.StartsWithSegments("/scalar") || path.StartsWithSegments("/hangfire")
                ? ToolPagePolicy
                : StrictPolicy;
            return next(context);
        });
}
