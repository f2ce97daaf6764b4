using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Api.Infrastructure.Cases.Reporting;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

/// <summary>
/// Each report filters on one milestone's day range first, then groups by service and region: one covering index
/// per milestone answers that from the index alone. The percentile indexes lead with the service so the ordered
/// scan for the k-th duration stays within one service.
/// </summary>
internal sealed class CaseReportFactConfiguration : IEntityTypeConfiguration<CaseReportFact>
{
    public void Configure(EntityTypeBuilder<CaseReportFact> builder)
    {
        builder.ToTable("case_report_facts");
        builder.HasAssignedKey(f => f.ApplicationId);
        builder.Property(f => f.Service).HasMaxLength(32);
        builder.Property(f => f.Region).HasMaxLength(12);
        builder.Property(f => f.Status).HasMaxLength(32);
        builder.Property(f => f.Outcome).HasMaxLength(16);
        builder.HasIndex(f => new { f.SubmittedDay, f.Service, f.Region }).HasDatabaseName("ix_case_report_facts_submitted");
        builder.HasIndex(f => new { f.DecidedDay, f.Service, f.Region, f.Outcome }).HasDatabaseName("ix_case_report_facts_decided");
        builder.HasIndex(f => new { f.CompletedDay, f.Service, f.Region }).HasDatabaseName("ix_case_report_facts_completed");
        builder.HasIndex(f => new { f.SupplementDay, f.Service, f.Region }).HasDatabaseName("ix_case_report_facts_supplement");
        builder.HasIndex(f => new { f.Service, f.DecisionSeconds, f.DecidedDay, f.Region }).HasDatabaseName("ix_case_report_facts_decision_time");
        builder.HasIndex(f => new { f.Service, f.CompletionSeconds, f.CompletedDay, f.Region }).HasDatabaseName("ix_case_report_facts_completion_time");
    }
}
