using Microsoft.AspNetCore.Hosting;
using SocialInsurance.Api.Tests.Applications;

namespace SocialInsurance.Api.Tests.Support;

/// <summary>
/// The shared fixture pointed at a database it does not own: a PostgreSQL database (the scale-out set-up), or another
/// host's SQLite file, so two hosts can play two nodes of one deployment. Deploys the repository's real processes.
/// </summary>
public sealed class DatabaseApiFactory(string? postgresConnectionString = null, string? sqliteFile = null) : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Workflows:DefinitionsPath", StoryApiFactory.DefinitionsFolder());
        if (postgresConnectionString is not null)
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Workflows", postgresConnectionString);
        }
        else if (sqliteFile is not null)
        {
            builder.UseSetting("ConnectionStrings:Workflows", $"Data Source={sqliteFile}");
        }
    }
}
