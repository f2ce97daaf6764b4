namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// What the applicant side keeps beside the domain aggregate: the case number's sequence, the owning account, and the
/// form fields the aggregate has no place for (address; the 险种 ticked on a resumption).
/// </summary>
/// <remarks>
/// The case number is <c>XJ-yyyyMMdd-nnnnnn</c>: the China-time creation date and the row's database-generated
/// sequence. The sequence alone makes it unique (never reused, not reset per day); the date makes it readable on the
/// phone to a 窗口 clerk. It is computed, not stored, so it can never disagree with its parts.
/// </remarks>
public sealed class ApplicationRecord
{
    public long Sequence { get; set; }

    public required Guid ApplicationId { get; init; }

    public required string OwnerUserName { get; init; }

    /// <summary>China-time creation date, <c>yyyyMMdd</c>.</summary>
    public required string Day { get; init; }

    public string? Address { get; set; }

    /// <summary>Comma-separated 险种 codes of a resumption (the domain's ResumptionDetails does not carry them).</summary>
    public string? InsuranceTypes { get; set; }

    public string CaseNumber => Format(Day, Sequence);

    public static string Format(string day, long sequence) =>
        $"XJ-{day}-{sequence.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)}";
}
