using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Decisions.Deployment;

namespace SocialInsurance.Workflows.Persistence.Decisions;

/// <summary>
/// The decision versions, in a context of their own (probe table <c>wf_decisions</c>) so that a database created
/// before decisions existed gains the table at the next start, as every other context here does.
/// </summary>
public sealed class DecisionDbContext(DbContextOptions<DecisionDbContext> options) : DbContext(options)
{
    public const string ProbeTable = "wf_decisions";

    public DbSet<DecisionDefinition> Decisions => Set<DecisionDefinition>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var decision = modelBuilder.Entity<DecisionDefinition>();
        decision.ToTable(ProbeTable);
        decision.HasKey(d => d.Id);
        decision.Property(d => d.Id).HasMaxLength(300);
        decision.Property(d => d.Key).HasMaxLength(255);
        decision.Property(d => d.Name).HasMaxLength(500);
        decision.Property(d => d.ContentHash).HasMaxLength(64);
        decision.Property(d => d.Source).HasMaxLength(500);
        decision.Property(d => d.DeployedBy).HasMaxLength(255);
        decision.HasIndex(d => new { d.Key, d.Version }).IsUnique();
        decision.HasIndex(d => new { d.Key, d.ContentHash });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // The same conversions as WorkflowDbContext: SQLite cannot order DateTimeOffset, Npgsql wants UTC.
        if (Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<ToUtcConverter>();
        }
    }
}
