using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Persistence.Migrations;
using SocialInsurance.Workflows.Persistence.Migrations;

namespace SocialInsurance.Api.Tests.Persistence;

/// <summary>
/// The model and the latest migration agree, for each store and provider: a change to an entity or its configuration
/// without <c>scripts/add-migration.sh</c> fails here (and would otherwise never reach an existing database).
/// </summary>
public sealed class PendingModelChangesTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public void CaseServiceStore_HasNoModelChanges_WithoutAMigration(string provider)
    {
        // Given
        using var db = new CaseServiceDbContextDesignFactory().CreateDbContext(["--provider", provider]);

        // When
        var pending = db.Database.HasPendingModelChanges();

        // Then
        Assert.False(pending, $"The case service's model changed without a migration for {provider}: run scripts/add-migration.sh CaseService <Name>.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public void EngineStore_HasNoModelChanges_WithoutAMigration(string provider)
    {
        // Given
        using var db = new WorkflowDbContextDesignFactory().CreateDbContext(["--provider", provider]);

        // When
        var pending = db.Database.HasPendingModelChanges();

        // Then
        Assert.False(pending, $"The engine's model changed without a migration for {provider}: run scripts/add-migration.sh Workflow <Name>.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Theory]
    [InlineData("Sqlite", "Sqlite")]
    [InlineData("PostgreSql", "PostgreSql")]
    public void EachProvider_SeesOnlyItsOwnMigrations(string provider, string folder)
    {
        // Given
        using var db = new CaseServiceDbContextDesignFactory().CreateDbContext(["--provider", provider]);
        var assembly = Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>(db);

        // When
        var namespaces = assembly.Migrations.Values.Select(m => m.Namespace).Distinct().ToList();

        // Then
        Assert.Equal([$"SocialInsurance.Api.Infrastructure.Persistence.Migrations.{folder}"], namespaces);
        Assert.EndsWith("." + folder, assembly.ModelSnapshot!.GetType().Namespace, StringComparison.Ordinal);
    }
}
