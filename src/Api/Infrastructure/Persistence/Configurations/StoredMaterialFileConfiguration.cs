using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Api.Infrastructure.Materials;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

internal sealed class StoredMaterialFileConfiguration : IEntityTypeConfiguration<StoredMaterialFile>
{
    public void Configure(EntityTypeBuilder<StoredMaterialFile> builder)
    {
        builder.ToTable("case_material_files");
        // The application id first: the limits sum one application's (or one user's) files, and withdrawal deletes them.
        builder.HasKey(f => new { f.ApplicationId, f.MaterialId });
        builder.Property(f => f.MaterialId).HasMaxLength(32);
        builder.Property(f => f.Head).HasMaxLength(MaterialStores.HeadLength);
    }
}
