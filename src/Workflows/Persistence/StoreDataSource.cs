using System.Data.Common;
using Npgsql;
using SocialInsurance.Workflows.Hosting;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// The PostgreSQL connections of a node, in two bounded pools: the stores' (the engine's store, the case service's
/// store and the simulators) and Hangfire's (<see cref="Jobs"/>), so the node never holds more than
/// <see cref="MaxPoolSize"/> connections, a number the operator adds up against the server's <c>max_connections</c>
/// (docs/operations.md). Several pools per node, each with Npgsql's default of 100, could exceed it on their own and got
/// <c>53300 too many connections</c>. Null on SQLite, which pools its file handles itself.
/// </summary>
public sealed class StoreDataSource : IAsyncDisposable
{
    /// <summary>Connections per node when the connection string does not say (Npgsql's own default, 100, is the whole of a default server).</summary>
    public const int DefaultMaxPoolSize = 30;

    /// <summary>
    /// Statements each of the stores' connections keeps prepared on the server when the connection string does not say
    /// (Npgsql's <c>Max Auto Prepare</c>; its own default, 0, prepares nothing). EF Core never prepares a command, so
    /// without this the server parses and plans every read and write of every step again; the engine bench ran up to
    /// twice the lifecycles per second with it (bench/README.md). A step runs a few dozen distinct statements.
    /// </summary>
    public const int DefaultMaxAutoPrepare = 64;

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
        JobsPoolSize = JobsShare(MaxPoolSize);
        builder.MaxPoolSize = MaxPoolSize - JobsPoolSize;
        var jobsAutoPrepare = builder.MaxAutoPrepare;
        if (!Names(options.ConnectionString, "MaxAutoPrepare"))
        {
            // A transaction-mode pooler in front of the server cannot keep a connection's prepared statements: behind
            // one the operator says "Max Auto Prepare=0" (docs/operations.md).
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        PostgreSql = NpgsqlDataSource.Create(builder.ConnectionString);
        // Hangfire's pool as the connection string has it: measured only for the stores.
        builder.MaxAutoPrepare = jobsAutoPrepare;
        builder.MaxPoolSize = JobsPoolSize;
        builder.ApplicationName ??= "SocialInsurance.Jobs";
        Jobs = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    /// <summary>The stores' pool: steps, queries, the simulators (<see cref="MaxPoolSize"/> less <see cref="JobsPoolSize"/>).</summary>
    public NpgsqlDataSource? PostgreSql { get; }

    /// <summary>
    /// Hangfire's own share of the node's connections. Its client is synchronous and its server's workers, heartbeat and
    /// schedulers take connections outside any step's admission; on the stores' pool they competed with the steps'
    /// nested reads until the pool was exhausted (bench/README.md, "SQLite, PostgreSQL one node and three nodes, same
    /// run"). A pool of its own bounds both sides: a Hangfire wait never holds a step's connection, and a burst of
    /// steps never starves the heartbeat.
    /// </summary>
    public NpgsqlDataSource? Jobs { get; }

    /// <summary>The most connections this node opens to PostgreSQL, both pools together; 0 on SQLite.</summary>
    public int MaxPoolSize { get; }

    /// <summary>Connections of <see cref="MaxPoolSize"/> that are Hangfire's (<see cref="Jobs"/>); 0 on SQLite.</summary>
    public int JobsPoolSize { get; }

    /// <summary>The stores' pool (<see cref="PostgreSql"/>); <see cref="StepAdmission"/> lets steps hold most of it.</summary>
    public int StorePoolSize => MaxPoolSize - JobsPoolSize;

    /// <summary>
    /// A quarter of the node's connections, between 1 and 10: a server's dispatchers (workers, heartbeat, delayed and
    /// recurring schedulers, expiration) each hold one for milliseconds at a time, and a step's job creation one more.
    /// </summary>
    public static int JobsShare(int maxPoolSize) => Math.Clamp(maxPoolSize / 4, 1, 10);

    /// <summary>A new (closed) connection from the pool; PostgreSQL only.</summary>
    public DbConnection CreateConnection() =>
        PostgreSql?.CreateConnection() ?? throw new InvalidOperationException("Expected a PostgreSQL store, but the store is SQLite.");

    public async ValueTask DisposeAsync()
    {
        if (PostgreSql is not null)
        {
            await PostgreSql.DisposeAsync();
        }

        if (Jobs is not null)
        {
            await Jobs.DisposeAsync();
        }
    }

    private static bool NamesPoolSize(string connectionString) => Names(connectionString, "MaximumPoolSize", "MaxPoolSize");

    /// <summary>Whether the connection string sets a keyword, under any of its spellings (spaces and case ignored).</summary>
    private static bool Names(string connectionString, params string[] keywords)
    {
        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return parts.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal))
            .Any(k => keywords.Any(keyword => k.Equals(keyword, StringComparison.OrdinalIgnoreCase)));
    }
}
