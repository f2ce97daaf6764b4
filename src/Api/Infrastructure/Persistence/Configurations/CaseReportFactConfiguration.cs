using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Api.Infrastructure.Cases.Reporting;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

/// <summary>
/// Each report filters on one milestone's day range first, then groups by service and region: one covering index
/// per milestone answers that from the index alone. The percentile indexes lead with the service so the ordered
/// scan for the k-th duration stays within one service. Each holds only the cases that reached its milestone.
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
            .HasFilter(Reached(nameof(CaseReportFact.SubmittedDay)));
        builder.HasIndex(f => new { f.DecidedDay, f.Service, f.Region, f.Outcome }).HasDatabaseName("ix_case_report_facts_decided")
            .HasFilter(Reached(nameof(CaseReportFact.DecidedDay)));
        builder.HasIndex(f => new { f.CompletedDay, f.Service, f.Region }).HasDatabaseName("ix_case_report_facts_completed")
            .HasFilter(Reached(nameof(CaseReportFact.CompletedDay)));
        builder.HasIndex(f => new { f.SupplementDay, f.Service, f.Region }).HasDatabaseName("ix_case_report_facts_supplement")
            .HasFilter(Reached(nameof(CaseReportFact.SupplementDay)));
        builder.HasIndex(f => new { f.Service, f.DecisionSeconds, f.DecidedDay, f.Region }).HasDatabaseName("ix_case_report_facts_decision_time")
            .HasFilter(Reached(nameof(CaseReportFact.DecisionSeconds)));
        builder.HasIndex(f => new { f.Service, f.CompletionSeconds, f.CompletedDay, f.Region }).HasDatabaseName("ix_case_report_facts_completion_time")
            .HasFilter(Reached(nameof(CaseReportFact.CompletionSeconds)));
    }

    /// <summary>
    /// Only the cases that reached the milestone: a draft reaches none, so saving one writes no entry in these indexes,
    /// and reaching a milestone adds an entry rather than moving one. Every report compares the milestone's day or
    /// duration with a value, which both databases' planners take as proof of <c>IS NOT NULL</c>; a query that does not
    /// (the longest duration of a service) says so itself (ReportIndexTests). The same SQL for both providers.
    /// </summary>
    private static string Reached(string column) => $"\"{column}\" IS NOT NULL";
}
