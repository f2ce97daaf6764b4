using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence.Schema;

namespace SocialInsurance.Api.Infrastructure.Persistence.Migrations;

/// <summary>
/// What <c>dotnet ef</c> builds to scaffold the case service's migrations: <c>scripts/add-migration.sh CaseService Name</c>
/// runs it once per provider (<c>-- --provider Sqlite|PostgreSql</c>).
/// </summary>
public sealed class CaseServiceDbContextDesignFactory : IDesignTimeDbContextFactory<CaseServiceDbContext>
{
    public CaseServiceDbContext CreateDbContext(string[] args)
    {
        var provider = StoreProvider.FromDesignTimeArgs(args);
        var options = new WorkflowOptions { Provider = provider, ConnectionString = StoreProvider.DesignTimeConnectionString(provider) };
        var builder = new DbContextOptionsBuilder<CaseServiceDbContext>();
        CaseServiceStore.Configure(builder, options);
        return new CaseServiceDbContext(builder.Options);
    }
}
