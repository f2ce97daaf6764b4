namespace SocialInsurance.Api.Features.Tasks;

/// <summary>What of the case behind a task an inbox page can be ordered by.</summary>
public enum CaseSort
{
    /// <summary>The case number, i.e. its sequence (the date part grows with it).</summary>
    CaseNumber,

    /// <summary>The applicant's name, in Chinese collation (pinyin order).</summary>
    Applicant,
}
