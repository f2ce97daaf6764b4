using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Api.Features.Applications;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

/// <summary>The applicant side's rows beside the aggregate: the case number's sequence, the owner, extra form fields.</summary>
internal sealed class ApplicationRecordConfiguration : IEntityTypeConfiguration<ApplicationRecord>
{
    public void Configure(EntityTypeBuilder<ApplicationRecord> record)
    {
        record.ToTable("applicant_applications");
        record.HasKey(r => r.Sequence);
        record.Property(r => r.Sequence).ValueGeneratedOnAdd();
        record.HasIndex(r => r.ApplicationId).IsUnique();
        record.HasIndex(r => r.OwnerUserName);
        record.Property(r => r.OwnerUserName).HoldsUserName();
        record.Property(r => r.Day).HasMaxLength(8);
        record.Property(r => r.Address).HasMaxLength(200);
        record.Property(r => r.InsuranceTypes).HasMaxLength(200);
        record.Ignore(r => r.CaseNumber);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("applicant_idempotency_keys");
        record.HasKey(r => new { r.UserName, r.Key });
        record.Property(r => r.UserName).HoldsUserName();
        record.Property(r => r.Key).HasMaxLength(IdempotencyFilter.MaxKeyLength);
        record.Property(r => r.RequestHash).HasMaxLength(64);
    }
}
