using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace SocialInsurance.Api.Tests.Support;

/// <summary>
/// The shared fixture on a fake clock: Monday 2026-03-02 09:00 China time, a week with no holiday, so a test that
/// adds one knows exactly which deadline it moves. <see cref="WithProcesses"/> deploys the repository's processes.
/// </summary>
public class ClockedApiFactory : ApiFactory
{
    /// <summary>A documentation address (RFC 5737), the client address of every request.</summary>
    public static readonly IPAddress ClientAddress = IPAddress.Parse("203.0.113.7");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    protected virtual bool WithProcesses => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (WithProcesses)
        {
            builder.UseSetting("Workflows:DefinitionsPath", DefinitionsFolder());
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<IStartupFilter, ClientAddressFilter>();
        });
    }

    private static string DefinitionsFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "workflows-definitions");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Expected workflows-definitions in a parent of the test binaries, but found none.");
    }
}

/// <summary>
/// The test server leaves the client address empty; this gives every request <see cref="ClockedApiFactory.ClientAddress"/>
/// so tests can see that the audit log records where an action came from.
/// </summary>
internal sealed class ClientAddressFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= ClockedApiFactory.ClientAddress;
            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary><see cref="ClockedApiFactory"/> with the real processes deployed.</summary>
public sealed class ClockedStoryApiFactory : ClockedApiFactory
{
    protected override bool WithProcesses => true;
}
