using System.Data.Common;
using Npgsql;
using SocialInsurance.Workflows.Hosting;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// The one PostgreSQL data source (and so the one connection pool) of a node: the engine's store, the case service's
/// store, the simulators and Hangfire all take their connections here, so the node never holds more than
/// <see cref="MaxPoolSize"/> connections, a number the operator adds up against the server's <c>max_connections</c>
/// (docs/operations.md). Several pools per node, each with Npgsql's default of 100, could exceed it on their own and got
/// <c>53300 too many connections</c>. Null on SQLite, which pools its file handles itself.
/// </summary>
public sealed class StoreDataSource : IAsyncDisposable
{
    /// <summary>Connections per node when the connection string does not say (Npgsql's own default, 100, is the whole of a default server).</summary>
    public const int DefaultMaxPoolSize = 30;

    public StoreDataSource(WorkflowOptions options)
    {
        if (options.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        if (options.MaxPoolSize is { } configured)
        {
            builder.MaxPoolSize = configured;
        }
        else if (!NamesPoolSize(options.ConnectionString))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        MaxPoolSize = builder.MaxPoolSize;
        PostgreSql = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public NpgsqlDataSource? PostgreSql { get; }

    /// <summary>The most connections this node opens to PostgreSQL; 0 on SQLite.</summary>
    public int MaxPoolSize { get; }

    /// <summary>A new (closed) connection from the pool; PostgreSQL only.</summary>
    public DbConnection CreateConnection() =>
        PostgreSql?.CreateConnection() ?? throw new InvalidOperationException("Expected a PostgreSQL store, but the store is SQLite.");

    public async ValueTask DisposeAsync()
    {
        if (PostgreSql is not null)
        {
            await PostgreSql.DisposeAsync();
        }
    }

    private static bool NamesPoolSize(string connectionString)
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return parts.Keys.Cast<string>().Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase)
            || k.Replace(" ", "", StringComparison.Ordinal).Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase));
    }
}
