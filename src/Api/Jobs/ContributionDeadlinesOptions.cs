namespace SocialInsurance.Api.Jobs;

/// <summary>Configuration section <c>Jobs:ContributionDeadlines</c>.</summary>
public sealed class ContributionDeadlinesOptions
{
    public const string SectionName = "Jobs:ContributionDeadlines";

    /// <summary>
    /// Hangfire cron, evaluated in UTC (Hangfire's default, and no dependency on the host's time-zone database):
    /// <c>0 18 * * *</c> is 02:00 China Standard Time, after the day's bank results have arrived (DOMAIN-SOURCES §6.5).
    /// </summary>
    public string Cron { get; set; } = "0 18 * * *";

    /// <summary>Insured persons read, asked about and written per transaction; bounds the job's memory.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>
    /// Once a person has this many periods in arrears, the arrears notice also says the record will be reviewed by
    /// the 经办机构. The job never suspends anyone itself: 停保 is the person's own application or an officer's
    /// decision (suspension reasons, DOMAIN-SOURCES §4), and unpaid months simply do not count (§3.4). 0 disables it.
    /// </summary>
    public int ArrearsBeforeSuspensionNotice { get; set; } = 3;
}
