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
        app.MapFallback(async context =>
        {
            if (ServerPrefixes.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("index.html"));
        })
        // Only page loads: any other method must keep the API's own answers (405, 415) instead of the app's HTML.
        .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]));
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
}
