using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Domain.Applications;

using SocialInsurance.Api.Infrastructure.Cases;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("case_applications");
        builder.HasAssignedKey(a => a.Id);
        builder.Property(a => a.Applicant).HasConversion(DomainConverters.ResidentId).HasMaxLength(18);
        builder.HasIndex(a => a.Applicant);
        builder.Property(a => a.ApplicantName).HasMaxLength(100);
        builder.Property(a => a.Details).HasConversion(ApplicationDetailsJson.Converter).HasColumnName("Details");
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.CreatedAt);
        builder.Property(a => a.SubmittedAt);
        builder.Property<long>(CaseServiceDbContext.ApplicationVersion);
        builder.Property<HashSet<MaterialKind>>("_outstandingSupplement")
            .HasColumnName("OutstandingSupplement")
            .HasConversion(
                kinds => string.Join(',', kinds.Order()),
                text => text.Length == 0 ? new HashSet<MaterialKind>() : text.Split(',', StringSplitOptions.None).Select(Enum.Parse<MaterialKind>).ToHashSet(),
                new ValueComparer<HashSet<MaterialKind>>(
                    (a, b) => a!.SetEquals(b!),
                    set => set.Aggregate(0, (hash, kind) => hash ^ kind.GetHashCode()),
                    set => set.ToHashSet()));
        builder.OwnsMany(a => a.Materials, m => m.ToJson("Materials"));
        builder.OwnsMany(a => a.History, h => h.ToJson("History"));
        builder.OwnsMany(a => a.RejectionReasons, r => r.ToJson("RejectionReasons"));
        builder.Ignore(a => a.Type);
        builder.Ignore(a => a.OutstandingSupplement);
        builder.Ignore(a => a.Outcome);
        builder.Ignore(a => a.IsEditable);
        builder.Ignore(a => a.DomainEvents);
    }
}
