using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Api.Features.SavedFilters;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

internal sealed class SavedFilterConfiguration : IEntityTypeConfiguration<SavedFilter>
{
    public void Configure(EntityTypeBuilder<SavedFilter> builder)
    {
        builder.ToTable("case_saved_filters");
        builder.HasAssignedKey(f => f.Id);
        builder.Property(f => f.UserName).HoldsUserName();
        builder.Property(f => f.Name).HasMaxLength(SavedFilter.MaxNameLength);
        builder.Property(f => f.Query).HasMaxLength(SavedFilter.MaxQueryLength);
        builder.HasIndex(f => new { f.UserName, f.Name }).IsUnique();
    }
}
