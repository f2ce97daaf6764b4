using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Workflows.Deployment;

namespace SocialInsurance.Workflows.Persistence.Configurations;

/// <summary>The columns and indexes every deployed model's table has (processes and decisions alike).</summary>
internal static class DeployedDefinitionMapping
{
    public static void Configure<T>(EntityTypeBuilder<T> builder, string table)
        where T : DeployedDefinition
    {
        builder.ToTable(table);
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(300);
        builder.Property(d => d.Key).HasMaxLength(255);
        builder.Property(d => d.Name).HasMaxLength(500);
        builder.Property(d => d.ContentHash).HasMaxLength(64);
        builder.Property(d => d.Source).HasMaxLength(500);
        builder.Property(d => d.DeployedBy).HasMaxLength(255);
        builder.HasIndex(d => new { d.Key, d.Version }).IsUnique();
        builder.HasIndex(d => new { d.Key, d.ContentHash });
    }
}
