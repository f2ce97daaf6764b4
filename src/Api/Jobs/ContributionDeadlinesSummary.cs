namespace SocialInsurance.Api.Jobs;

/// <summary>What one run of the contribution-deadlines job did; Hangfire keeps it as the job's result.</summary>
public sealed class ContributionDeadlinesSummary
{
    public int Persons { get; set; }
    public int PeriodsCreated { get; set; }
    public int Asked { get; set; }
    public int Paid { get; set; }
    public int Failed { get; set; }
    public int InArrears { get; set; }
    public int Reminders { get; set; }
    public int ArrearsNotices { get; set; }
    public int ReviewNotices { get; set; }
}
