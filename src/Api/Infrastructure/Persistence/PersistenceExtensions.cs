using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialInsurance.Workflows.Hosting;

namespace SocialInsurance.Api.Infrastructure.Persistence;

public static class PersistenceExtensions
{
    /// <summary>The setting that chooses who applies migrations: <c>Database:ApplyMigrations</c> = <c>OnStartup</c> (default) or <c>ByCommand</c>.</summary>
    public const string ApplyMigrationsKey = "Database:ApplyMigrations";

    /// <summary>
    /// The case service's store: <see cref="CaseServiceDbContext"/> from a factory (for singletons) and per request
    /// (for Identity, Data Protection and request handlers), both on the engine's database.
    /// </summary>
    public static IServiceCollection AddCaseServiceStore(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(CaseServiceStore)))
        {
            return services; // identity, the key ring, forms and cases each ask for it
        }

        services.AddSingleton<CaseServiceStore>();
        services.TryAddSingleton<DatabaseMigrator>();
        services.AddDbContextFactory<CaseServiceDbContext>(
            (provider, db) => CaseServiceStore.Configure(db, provider.GetRequiredService<WorkflowOptions>(), provider.GetRequiredService<Workflows.Persistence.StoreDataSource>()),
            ServiceLifetime.Singleton);
        services.TryAddScoped(provider => provider.GetRequiredService<IDbContextFactory<CaseServiceDbContext>>().CreateDbContext());
        services.AddHostedService<WalCheckpointService>();
        return services;
    }

    /// <summary>Cases of a release before the reports get their report rows (idempotent; run under the start-up lock).</summary>
    public static async Task BackfillReportFactsAsync(this WebApplication app)
    {
        await using var db = app.Services.GetRequiredService<CaseServiceStore>().Create();
        await Cases.Reporting.CaseReportFactsBackfill.RunAsync(db, CancellationToken.None);
    }

    /// <summary>
    /// Start-up, called while holding <see cref="DatabaseMigrator.LockAsync"/>: with <c>OnStartup</c> migrate both stores;
    /// with <c>ByCommand</c> refuse to start on a schema the operator has not migrated yet, naming what is pending.
    /// Either way the reference data is seeded.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var migrator = app.Services.GetRequiredService<DatabaseMigrator>();
        if (MigratesOnStartup(app.Configuration))
        {
            await migrator.MigrateHoldingLockAsync(CancellationToken.None);
            return;
        }

        var pending = await migrator.PendingAsync();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"{ApplyMigrationsKey} is ByCommand and the database is not migrated (pending: {string.Join(", ", pending)}). " +
                "Run `SocialInsurance.Api migrate` (or `dotnet run --project src/Api -- migrate`) with the same settings first.");
        }

        await app.Services.GetRequiredService<PolicyData.PolicyDatabase>().SeedAsync(CancellationToken.None);
    }

    public static bool MigratesOnStartup(IConfiguration configuration)
    {
        var value = configuration[ApplyMigrationsKey];
        if (string.IsNullOrEmpty(value) || string.Equals(value, "OnStartup", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return string.Equals(value, "ByCommand", StringComparison.OrdinalIgnoreCase)
            ? false
            : throw new InvalidOperationException($"{ApplyMigrationsKey} must be OnStartup or ByCommand, not '{value}'.");
    }
}
