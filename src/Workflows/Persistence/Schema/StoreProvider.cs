using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence.Writes;

namespace SocialInsurance.Workflows.Persistence.Schema;

/// <summary>
/// How a store's context is pointed at the database: the provider, the store's own migration history table (the
/// engine's and the case service's stores share one database, so each keeps its own history) and the per-provider
/// migration sets. Every place that builds options for a store's context goes through here, the design-time factories
/// included, so <c>dotnet ef</c> sees exactly what the host runs.
/// </summary>
public static class StoreProvider
{
    public const string SqliteFolder = "Sqlite";
    public const string PostgreSqlFolder = "PostgreSql";

    public static DbContextOptionsBuilder Use(
        DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, string historyTable, string? sqliteSynchronous = null, NpgsqlDataSource? dataSource = null)
    {
        switch (provider)
        {
            // The node's one data source when there is one (StoreDataSource), so every store shares its bounded pool.
            case DatabaseProvider.PostgreSql when dataSource is not null:
                builder.UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable(historyTable));
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(historyTable));
                break;
            default:
                WalWriteCoalescing.EnsureRegistered();
                builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(historyTable));
                if (sqliteSynchronous is not null)
                {
                    builder.AddInterceptors(new SqlitePragmas(sqliteSynchronous));
                }

                break;
        }

        builder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        return builder;
    }

    /// <summary>The folder (and namespace suffix) of the provider's migrations.</summary>
    public static string MigrationsFolder(string? providerName) =>
        providerName?.Contains("Npgsql", StringComparison.Ordinal) == true ? PostgreSqlFolder : SqliteFolder;

    /// <summary>The provider named on the <c>dotnet ef</c> command line after <c>--</c> (<c>--provider PostgreSql</c>), else SQLite.</summary>
    public static DatabaseProvider FromDesignTimeArgs(string[] args)
    {
        var index = Array.FindIndex(args, a => a is "--provider" or "-p");
        var name = index >= 0 && index + 1 < args.Length ? args[index + 1] : Environment.GetEnvironmentVariable("EF_PROVIDER");
        return string.Equals(name, "PostgreSql", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
    }

    /// <summary>A connection string for scaffolding only: <c>migrations add</c> never connects.</summary>
    public static string DesignTimeConnectionString(DatabaseProvider provider) =>
        provider == DatabaseProvider.PostgreSql ? "Host=localhost;Database=design_time" : "Data Source=design-time.db";
}
