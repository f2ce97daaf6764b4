namespace SocialInsurance.Api.Infrastructure.Cases.Reporting;

/// <summary>
/// One row per case with the milestones the reports count (table <c>case_report_facts</c>). The case row keeps type,
/// region and history inside JSON columns, which neither SQLite nor PostgreSQL can group or index cheaply at a million
/// cases; this row repeats them as plain indexed columns, with China-time days as <c>yyyyMMdd</c> integers so a
/// report groups by day without date functions that differ between the two databases. It is written in the same
/// SaveChanges as the case (<see cref="CaseReportFacts"/>), so it never disagrees with the case it describes.
/// </summary>
public sealed class CaseReportFact
{
    public required Guid ApplicationId { get; init; }

    /// <summary>The <c>ApplicationType</c> name: NewEnrollment, Resumption or Suspension.</summary>
    public required string Service { get; set; }

    /// <summary>参保统筹区 code; for 停保 the insured person's region; empty when unknown.</summary>
    public required string Region { get; set; }

    public required string Status { get; set; }

    /// <summary>The first submission: the case starts then (a draft is not a case yet).</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    public int? SubmittedDay { get; set; }

    /// <summary>The reviewer's (or the automatic check's) final decision: Approved or Rejected.</summary>
    public string? Outcome { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public int? DecidedDay { get; set; }

    /// <summary>Seconds from the first submission to the decision; indexed with the service so percentiles are an ordered seek.</summary>
    public long? DecisionSeconds { get; set; }

    /// <summary>办结: the case reached Completed.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    public int? CompletedDay { get; set; }

    public long? CompletionSeconds { get; set; }

    /// <summary>The first request for supplementary materials (补正), counted once per case.</summary>
    public int? SupplementDay { get; set; }

    public int SupplementRequests { get; set; }
}
