using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Api.Jobs;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per deduction result the contribution job recorded. The table was created by raw SQL before migrations
/// existed; its primary key keeps PostgreSQL's name for that table so existing databases match the model.
/// </summary>
internal sealed class DeductionResultConfiguration : IEntityTypeConfiguration<DeductionResultRow>
{
    public void Configure(EntityTypeBuilder<DeductionResultRow> row)
    {
        row.ToTable("case_deduction_results");
        row.HasKey(r => r.ResultId).HasName("case_deduction_results_pkey");
        row.Property(r => r.ResultId).HasMaxLength(64);
        row.Property(r => r.PeriodId).HasMaxLength(36);
        row.Property(r => r.Outcome).HasMaxLength(32);
        row.Property(r => r.RecordedOn).HasMaxLength(10);
    }
}
