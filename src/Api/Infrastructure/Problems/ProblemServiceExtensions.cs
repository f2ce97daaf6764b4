using System.Diagnostics;

namespace SocialInsurance.Api.Infrastructure.Problems;

public static class ProblemServiceExtensions
{
    /// <summary>Problem details for every error: thrown exceptions (no stack traces outside Development), bare status codes, and results.</summary>
    public static IServiceCollection AddApiProblems(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
        });

    public static WebApplication UseApiProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
