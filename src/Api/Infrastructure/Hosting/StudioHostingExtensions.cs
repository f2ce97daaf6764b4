using Microsoft.Extensions.FileProviders;

namespace SocialInsurance.Api.Infrastructure.Hosting;

/// <summary>
/// Serves the built Studio (src/Studio/dist) at "/": its files, and index.html for any other path that is not an API,
/// OpenAPI, health, Hangfire or simulator route, so a reload on /tasks/123 lands in the app's router.
/// </summary>
public static class StudioHostingExtensions
{
    private static readonly string[] ServerPrefixes = ["/api", "/openapi", "/scalar", "/health", "/hangfire", "/tax-bureau"];

    public static WebApplication UseStudio(this WebApplication app)
    {
        var folder = StudioFolder(app.Configuration, app.Environment);
        if (folder is null)
        {
            app.Logger.LogWarning("The Studio is not built (src/Studio/dist not found); only the API is served");
            return app;
        }

        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        // Page loads that no endpoint answers get the app (so a reload on /tasks/123 lands in its router). This is a
        // middleware after routing rather than a fallback endpoint: a GET-only catch-all endpoint would match every
        // path, so a POST to an unknown API route would be answered 405 instead of the API's own 404.
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is null && IsPageLoad(context.Request))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(files.GetFileInfo("index.html"));
                return;
            }

            await next(context);
        });
        app.Logger.LogInformation("Serving the Studio from {Folder}", folder);
        return app;
    }

    /// <summary><c>Studio:Path</c>, else <c>src/Studio/dist</c> under the content root or the first parent that has one.</summary>
    private static string? StudioFolder(IConfiguration configuration, IWebHostEnvironment environment)
    {
        if (configuration["Studio:Path"] is { } configured)
        {
            return File.Exists(Path.Combine(configured, "index.html")) ? Path.GetFullPath(configured) : null;
        }

        for (var directory = new DirectoryInfo(environment.ContentRootPath); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Studio", "dist");
            if (File.Exists(Path.Combine(candidate, "index.html")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A GET or HEAD of a path that is neither the server's own nor a file (a missing asset stays 404).</summary>
    private static bool IsPageLoad(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !ServerPrefixes.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
        && !Path.HasExtension(request.Path.Value);
}
