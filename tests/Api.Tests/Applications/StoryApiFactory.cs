using Microsoft.AspNetCore.Hosting;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Applications;

/// <summary>The shared fixture, but with the repository's real processes deployed at start-up.</summary>
public sealed class StoryApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Workflows:DefinitionsPath", DefinitionsFolder());
    }

    internal static string DefinitionsFolder()
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
