using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.Forms;

/// <summary>Deployed form versions, in the engine's database beside the process definitions that name them.</summary>
public sealed class FormsDbContext(DbContextOptions<FormsDbContext> options) : DbContext(options)
{
    public const string ProbeTable = "api_forms";

    public DbSet<FormDefinition> Forms => Set<FormDefinition>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FormDefinition>(form =>
        {
            form.ToTable(ProbeTable);
            form.HasKey(f => f.Id);
            form.Property(f => f.Id).HasMaxLength(300);
            form.Property(f => f.Key).HasMaxLength(200);
            form.Property(f => f.ContentHash).HasMaxLength(64);
            form.Property(f => f.Source).HasMaxLength(500);
            form.Property(f => f.DeployedBy).HasMaxLength(256);
            form.Property(f => f.DeployedAt).HasConversion(new UtcTicksConverter());
            form.HasIndex(f => new { f.Key, f.Version }).IsUnique();
            form.HasIndex(f => new { f.Key, f.ContentHash });
        });
    }
}
