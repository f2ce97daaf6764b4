namespace SocialInsurance.Api.Infrastructure.Hosting;

/// <summary>The main database when it is PostgreSQL, the one every node shares; null on SQLite (one node, files of its own).</summary>
public static class SharedDatabase
{
    public static string? PostgreSqlConnectionString(IConfiguration configuration) =>
        string.Equals(configuration["Database:Provider"], "PostgreSql", StringComparison.OrdinalIgnoreCase)
            ? configuration.GetConnectionString("Workflows")
                ?? throw new InvalidOperationException("Expected ConnectionStrings:Workflows with Database:Provider=PostgreSql, but it is not set.")
            : null;
}
