using Hangfire.PostgreSql;
using Npgsql;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.Hosting;

/// <summary>Hangfire's PostgreSQL storage on the node's one bounded pool, counted in the node's connection budget.</summary>
internal sealed class HangfireConnections(StoreDataSource dataSource) : IConnectionFactory
{
    public NpgsqlConnection GetOrCreateConnection() =>
        dataSource.PostgreSql?.CreateConnection()
        ?? throw new InvalidOperationException("Expected a PostgreSQL store for Hangfire's PostgreSQL storage, but the store is SQLite.");
}
