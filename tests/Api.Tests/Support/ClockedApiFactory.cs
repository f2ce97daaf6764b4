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
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    protected virtual bool WithProcesses => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (WithProcesses)
        {
            builder.UseSetting("Workflows:DefinitionsPath", DefinitionsFolder());
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
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

/// <summary><see cref="ClockedApiFactory"/> with the real processes deployed.</summary>
public sealed class ClockedStoryApiFactory : ClockedApiFactory
{
    protected override bool WithProcesses => true;
}
