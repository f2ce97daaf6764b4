using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using SocialInsurance.Api.Infrastructure.Cases;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

internal sealed class CaseNotificationConfiguration : IEntityTypeConfiguration<CaseNotification>
{
    public void Configure(EntityTypeBuilder<CaseNotification> builder)
    {
        builder.ToTable("case_notifications");
        builder.HasAssignedKey(n => n.Id);
        builder.HasIndex(n => new { n.ApplicationId, n.CreatedAt });
        builder.Property(n => n.ElementId).HasMaxLength(200);
        builder.Property(n => n.Kind).HasMaxLength(64);
        builder.Property(n => n.TextZh).HasMaxLength(500);
        builder.Property(n => n.TextEn).HasMaxLength(1000);
    }
}
