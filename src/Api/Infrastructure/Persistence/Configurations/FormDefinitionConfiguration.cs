using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Api.Infrastructure.Forms;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

/// <summary>Deployed form versions. The deployment time is UTC ticks on every provider (as it always was).</summary>
internal sealed class FormDefinitionConfiguration : IEntityTypeConfiguration<FormDefinition>
{
    public void Configure(EntityTypeBuilder<FormDefinition> form)
    {
        form.ToTable("api_forms");
        form.HasKey(f => f.Id);
        form.Property(f => f.Id).HasMaxLength(300);
        form.Property(f => f.Key).HasMaxLength(200);
        form.Property(f => f.ContentHash).HasMaxLength(64);
        form.Property(f => f.Source).HasMaxLength(500);
        form.Property(f => f.DeployedBy).HoldsUserName();
        form.Property(f => f.DeployedAt).StoredAsUtcTicks();
        form.HasIndex(f => new { f.Key, f.Version }).IsUnique();
        form.HasIndex(f => new { f.Key, f.ContentHash });
    }
}
