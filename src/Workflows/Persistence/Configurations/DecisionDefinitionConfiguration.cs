using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Workflows.Decisions.Deployment;

namespace SocialInsurance.Workflows.Persistence.Configurations;

internal sealed class DecisionDefinitionConfiguration : IEntityTypeConfiguration<DecisionDefinition>
{
    public void Configure(EntityTypeBuilder<DecisionDefinition> builder)
    {
        builder.ToTable("wf_decisions");
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
