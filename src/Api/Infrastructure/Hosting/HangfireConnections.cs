using Hangfire.PostgreSql;
using Npgsql;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.Hosting;

/// <summary>Hangfire's PostgreSQL storage on its own share of the node's connections (<see cref="StoreDataSource.Jobs"/>).</summary>
internal sealed class HangfireConnections(StoreDataSource dataSource) : IConnectionFactory
{
    public NpgsqlConnection GetOrCreateConnection() =>
        dataSource.Jobs?.CreateConnection()
        ?? throw new InvalidOperationException("Expected a PostgreSQL store for Hangfire's PostgreSQL storage, but the store is SQLite.");
}
