using Npgsql;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// The stores' PostgreSQL pool prepares the statements a node runs again and again on the server, unless the operator's
/// connection string says otherwise (a transaction-mode pooler in between cannot keep them).
/// </summary>
public sealed class StoreDataSourceTests
{
    private const string Server = "Host=127.0.0.1;Username=si;Password=si;Database=postgres";

    [Fact]
    public async Task OnPostgreSql_TheStoresPoolPreparesRepeatedStatements()
    {
        // Given / When
        await using var source = new StoreDataSource(new WorkflowOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = Server });

        // Then
        Assert.Equal(StoreDataSource.DefaultMaxAutoPrepare, new NpgsqlConnectionStringBuilder(source.PostgreSql!.ConnectionString).MaxAutoPrepare);
    }

    [Theory]
    [InlineData("Max Auto Prepare=0", 0)]
    [InlineData("MaxAutoPrepare=7", 7)]
    public async Task OnPostgreSql_TheConnectionStringsOwnAutoPreparationIsKept(string setting, int expected)
    {
        // Given / When
        await using var source = new StoreDataSource(new WorkflowOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = $"{Server};{setting}" });

        // Then
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(source.PostgreSql!.ConnectionString).MaxAutoPrepare);
    }

    [SkippableFact]
    public async Task OnPostgreSql_AStatementRunRepeatedly_IsPreparedOnTheServer()
    {
        // Given a connection from the stores' pool
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var source = new StoreDataSource(new WorkflowOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = PostgresDatabase.Server });
        await using var connection = source.PostgreSql!.CreateConnection();
        await connection.OpenAsync();

        // When one statement runs as a step's read runs, time after time
        for (var i = 0; i < 10; i++)
        {
            await using var read = new NpgsqlCommand("SELECT count(*) FROM pg_class WHERE relname = $1", connection) { Parameters = { new() { Value = "pg_type" } } };
            await read.ExecuteScalarAsync();
        }

        // Then the server holds it prepared for this connection
        await using var prepared = new NpgsqlCommand("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%relname = $1%'", connection);
        Assert.Equal(1L, await prepared.ExecuteScalarAsync());
    }
}
