using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Reference;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// An application as its owner sees it. ID number, phone and card number are masked everywhere on these routes: the
/// phone app is a screen others may look at, and the owner already knows them.
/// </summary>
public sealed record ApplicationView(
    Guid Id,
    string CaseNumber,
    string Type,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    string ApplicantName,
    string MaskedIdNumber,
    ApplicationDetailsView Details,
    IReadOnlyList<MaterialView> Materials,
    IReadOnlyList<ReasonView> RejectionReasons,
    IReadOnlyList<TimelineStep>? Timeline = null,
    NextAction? NextAction = null)
{
    public static ApplicationView From(Application application, ApplicationRecord record) => new(
        application.Id,
        record.CaseNumber,
        application.Type.ToString(),
        application.Status.ToString(),
        application.CreatedAt,
        application.SubmittedAt,
        application.ApplicantName,
        application.Applicant.Masked,
        ApplicationDetailsView.From(application.Details, record),
        [.. application.Materials.Select(m => new MaterialView(m.FileId, m.Kind.ToString(), m.Kind.NameZh(), m.Kind.NameEn(), m.FileName, m.AttachedAt))],
        [.. application.RejectionReasons.Select(r => new ReasonView(r.Code, r.MessageZh, r.MessageEn))]);
}

public sealed record MaterialView(string MaterialId, string Kind, string KindZh, string KindEn, string FileName, DateTimeOffset AttachedAt);

public sealed record ReasonView(string Code, string Zh, string En);

public sealed record BankView(string BankCode, string AccountNumber, string AccountName);

/// <summary>The type-specific fields; those a type does not have are null.</summary>
public sealed record ApplicationDetailsView(
    string? RegionCode = null,
    string? Phone = null,
    string? Address = null,
    IReadOnlyList<string>? InsuranceTypes = null,
    BankView? Bank = null,
    decimal? ContributionBase = null,
    decimal? MonthlyAmount = null,
    string? PaymentFrequency = null,
    string? Reason = null,
    string? EffectiveMonth = null)
{
    /// <summary>Base × 20 % (the flexible worker's rate, DOMAIN-SOURCES §3.1).</summary>
    public const decimal Rate = 0.20m;

    public static ApplicationDetailsView From(ApplicationDetails details, ApplicationRecord record) => details switch
    {
        NewEnrollmentDetails d => new(
            d.Region.Value, d.Mobile.Masked, record.Address, d.InsuranceTypeCodes,
            BankOf(d.BankCategoryCode, d.BankAccount), d.ContributionBase.Monthly.Yuan, Monthly(d.ContributionBase), d.Frequency.ToString()),
        ResumptionDetails d => new(
            d.Region.Value, InsuranceTypes: record.InsuranceTypes?.Split(',', StringSplitOptions.RemoveEmptyEntries),
            Bank: BankOf(d.BankCategoryCode, d.BankAccount), ContributionBase: d.ContributionBase.Monthly.Yuan,
            MonthlyAmount: Monthly(d.ContributionBase), PaymentFrequency: d.Frequency.ToString()),
        SuspensionDetails d => new(
            InsuranceTypes: d.InsuranceTypeCodes, Reason: SuspensionReasons.Describe(d.Reason).Code, EffectiveMonth: d.ChangeMonth.ToString()),
        _ => new(),
    };

    public static decimal Monthly(ContributionBase contributionBase) => Math.Round(contributionBase.Monthly.Yuan * Rate, 2, MidpointRounding.AwayFromZero);

    private static BankView BankOf(string code, BankAccount account) => new(code, account.Masked, account.HolderName);
}
