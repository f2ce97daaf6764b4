using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence.Schema;

namespace SocialInsurance.Workflows.Persistence.Migrations;

/// <summary>
/// What <c>dotnet ef</c> builds to scaffold the engine's migrations: <c>scripts/add-migration.sh Workflow Name</c>
/// runs it once per provider (<c>-- --provider Sqlite|PostgreSql</c>).
/// </summary>
public sealed class WorkflowDbContextDesignFactory : IDesignTimeDbContextFactory<WorkflowDbContext>
{
    public WorkflowDbContext CreateDbContext(string[] args)
    {
        var provider = StoreProvider.FromDesignTimeArgs(args);
        var options = new WorkflowOptions { Provider = provider, ConnectionString = StoreProvider.DesignTimeConnectionString(provider) };
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        WorkflowDatabase.Configure(builder, options);
        return new WorkflowDbContext(builder.Options);
    }
}
