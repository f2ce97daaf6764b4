using SocialInsurance.Api.Infrastructure.Hosting;
using SocialInsurance.Api.Infrastructure.Persistence;

namespace SocialInsurance.Api.Cli;

/// <summary>
/// <c>SocialInsurance.Api migrate [--Database:Provider=…] [--ConnectionStrings:Workflows=…]</c>: applies both stores'
/// migrations with the host's own settings and exits — for operators who set <c>Database:ApplyMigrations=ByCommand</c>
/// and migrate as a deployment step before starting (or restarting) the nodes. Exit code 0 when the schema is current.
/// </summary>
public static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration[PersistenceExtensions.ApplyMigrationsKey] = "OnStartup";
        builder.Configuration["Hangfire:Server"] = "false";
        builder.AddSocialInsurance();
        await using var app = builder.Build();
        var migrator = app.Services.GetRequiredService<DatabaseMigrator>();
        var pending = await migrator.PendingAsync();
        await migrator.MigrateAsync();
        await output.WriteLineAsync(pending.Count == 0
            ? "migrate: the database is up to date"
            : $"migrate: applied {string.Join(", ", pending)}");
        return 0;
    }
}
