namespace SocialInsurance.Api.Infrastructure.Http;

public static class RequestLimits
{
    /// <summary>
    /// Largest request body Kestrel accepts: a 10 MB upload plus multipart overhead. BPMN bodies are far smaller and
    /// the parser has its own size and element-count limits.
    /// </summary>
    public const long MaxRequestBodyBytes = 11 * 1024 * 1024;

    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        return builder;
    }
}
