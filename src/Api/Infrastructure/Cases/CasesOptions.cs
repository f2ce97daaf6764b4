namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>Configuration section <c>Cases</c>: the time limits of the three processes and the holiday table.</summary>
public sealed class CasesOptions
{
    public const string Section = "Cases";

    /// <summary>Review time limit in working days (《社会保险经办条例》, DOMAIN-SOURCES §5.1).</summary>
    public int ReviewWorkingDays { get; set; } = 10;

    /// <summary>How long a supplement request stays open before the case is rejected as expired (ISO 8601 duration).</summary>
    public string SupplementTimeLimit { get; set; } = "P30D";

    /// <summary>How often the applicant is reminded to sign the deduction agreement (ISO 8601 repeating interval).</summary>
    public string AgreementReminderCycle { get; set; } = "R/P7D";

    /// <summary>
    /// Extra public holidays and 调休 make-up working days (<c>yyyy-MM-dd</c>), added to the holiday calendar administrators
    /// edit (<c>/api/admin/holidays</c>); where they contradict it, the calendar wins. Kept for deployments that set them
    /// before the calendar was editable.
    /// </summary>
    public List<DateOnly> Holidays { get; set; } = [];

    public List<DateOnly> MakeUpWorkingDays { get; set; } = [];
}
