using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Domain.Contributions;

using SocialInsurance.Api.Infrastructure.Cases;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

internal sealed class DeductionAgreementConfiguration : IEntityTypeConfiguration<DeductionAgreement>
{
    public void Configure(EntityTypeBuilder<DeductionAgreement> builder)
    {
        builder.ToTable("case_deduction_agreements");
        builder.HasAssignedKey(a => a.Id);
        // One agreement record per person; re-signing after a revocation reuses it (DOMAIN-SOURCES §6.2).
        builder.HasIndex(a => a.PersonId).IsUnique();
        builder.Property(a => a.PayerName).HasMaxLength(100);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.BankCategoryCode).HasMaxLength(16);
        builder.OwnsOne(a => a.Account, account =>
        {
            account.Property(x => x.Number).HasColumnName("AccountNumber").HasMaxLength(19);
            account.Property(x => x.HolderName).HasColumnName("AccountHolder").HasMaxLength(100);
            account.Ignore(x => x.Masked);
        });
        builder.Property(a => a.SignedAt);
        builder.Property(a => a.RevokedAt);
        builder.Ignore(a => a.DomainEvents);
    }
}
