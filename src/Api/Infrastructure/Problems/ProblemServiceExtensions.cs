using System.Diagnostics;
using SocialInsurance.Api.Infrastructure.Http;

namespace SocialInsurance.Api.Infrastructure.Problems;

public static class ProblemServiceExtensions
{
    /// <summary>Problem details for every error: thrown exceptions (no stack traces outside Development), bare status codes, and results.</summary>
    public static IServiceCollection AddApiProblems(this IServiceCollection services)
    {
        services.AddExceptionHandler<OverloadExceptionHandler>();
        services.AddExceptionHandler<RequestExceptionHandler>();

        // Binding failures (a body of the wrong shape) throw, so RequestExceptionHandler can name the field; otherwise
        // minimal APIs answer a bare 400 with no hint of what was wrong.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
            ProblemLocalizer.Localize(context.HttpContext, context.ProblemDetails);
        });
    }

    public static WebApplication UseApiProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseJsonBodyGuard();
        return app;
    }
}
