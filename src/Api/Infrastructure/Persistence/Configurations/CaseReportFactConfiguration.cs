using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Api.Infrastructure.Cases.Reporting;
using SocialInsurance.Workflows.Persistence.Configurations;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

/// <summary>
/// Each report filters on one milestone's day range first, then groups by service and region: one covering index
/// per milestone answers that from the index alone. The percentile indexes lead with the service so the ordered
/// scan for the k-th duration stays within one service. Each holds only the cases that reached its milestone: a draft
/// reaches none, so saving one writes no entry in them, and reaching a milestone adds an entry rather than moving one.
/// The reports compare the milestone's day or duration with a value, which both planners take as proof of
/// <c>IS NOT NULL</c>; the one query that does not (a service's longest duration) says so itself (ReportIndexTests).
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
        builder.HasIndex(f => new { f.SubmittedDay, f.Service, f.Region }).HasDatabaseName("ix_case_report_facts_submitted")
            .HasFilter(OptionalColumn.HasValue(nameof(CaseReportFact.SubmittedDay)));
        builder.HasIndex(f => new { f.DecidedDay, f.Service, f.Region, f.Outcome }).HasDatabaseName("ix_case_report_facts_decided")
            .HasFilter(OptionalColumn.HasValue(nameof(CaseReportFact.DecidedDay)));
        builder.HasIndex(f => new { f.CompletedDay, f.Service, f.Region }).HasDatabaseName("ix_case_report_facts_completed")
            .HasFilter(OptionalColumn.HasValue(nameof(CaseReportFact.CompletedDay)));
        builder.HasIndex(f => new { f.SupplementDay, f.Service, f.Region }).HasDatabaseName("ix_case_report_facts_supplement")
            .HasFilter(OptionalColumn.HasValue(nameof(CaseReportFact.SupplementDay)));
        builder.HasIndex(f => new { f.Service, f.DecisionSeconds, f.DecidedDay, f.Region }).HasDatabaseName("ix_case_report_facts_decision_time")
            .HasFilter(OptionalColumn.HasValue(nameof(CaseReportFact.DecisionSeconds)));
        builder.HasIndex(f => new { f.Service, f.CompletionSeconds, f.CompletedDay, f.Region }).HasDatabaseName("ix_case_report_facts_completion_time")
            .HasFilter(OptionalColumn.HasValue(nameof(CaseReportFact.CompletionSeconds)));
    }
}
