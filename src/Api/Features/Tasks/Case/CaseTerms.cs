using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.Reference;

namespace SocialInsurance.Api.Features.Tasks.Case;

/// <summary>
/// The names a reviewer reads for the codes of the case view. Reference data (regions, banks, 险种) is named by its
/// catalogue; a code a catalogue no longer knows keeps its code as the name rather than failing the whole view.
/// </summary>
public sealed class CaseTerms(RegionCatalog regions, BankCategoryCatalog banks, InsuranceTypeCatalog insuranceTypes)
{
    public Named Region(RegionCode code) =>
        regions.TryFind(code, out var region) ? new(code.Value, region.NameZh, region.NameEn) : new(code.Value, code.Value, code.Value);

    public Named Bank(string code) =>
        banks.TryFind(code, out var bank) ? new(code, bank.NameZh, bank.NameEn) : new(code, code, code);

    public Named InsuranceType(string code) =>
        insuranceTypes.TryFind(code, out var type) ? new(code, type.NameZh, type.NameEn) : new(code, code, code);

    public IReadOnlyList<Named> InsuranceTypes(IEnumerable<string> codes) => [.. codes.Select(InsuranceType)];

    public static Named Of(ApplicationType type) => type switch
    {
        ApplicationType.NewEnrollment => new("NewEnrollment", "灵活就业养老新参保", "Flexible-employment pension: new enrollment"),
        ApplicationType.Resumption => new("Resumption", "灵活就业养老续保", "Flexible-employment pension: resumption"),
        ApplicationType.Suspension => new("Suspension", "灵活就业养老停保", "Flexible-employment pension: suspension"),
        _ => new(type.ToString(), type.ToString(), type.ToString()),
    };

    public static Named Of(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Draft => new("Draft", "草稿", "Draft"),
        ApplicationStatus.Submitted => new("Submitted", "已提交", "Submitted"),
        ApplicationStatus.UnderReview => new("UnderReview", "审核中", "Under review"),
        ApplicationStatus.SupplementRequested => new("SupplementRequested", "待补充材料", "Supplement requested"),
        ApplicationStatus.Approved => new("Approved", "审核通过", "Approved"),
        ApplicationStatus.Rejected => new("Rejected", "已驳回", "Rejected"),
        ApplicationStatus.Completed => new("Completed", "已办结", "Completed"),
        ApplicationStatus.Withdrawn => new("Withdrawn", "已撤回", "Withdrawn"),
        _ => new(status.ToString(), status.ToString(), status.ToString()),
    };

    public static Named Of(InsuredStatus status) => status switch
    {
        InsuredStatus.NotInsured => new("NotInsured", "未参保", "Not insured"),
        InsuredStatus.Active => new("Active", "正常参保", "Active"),
        InsuredStatus.Suspended => new("Suspended", "暂停参保", "Suspended"),
        InsuredStatus.Terminated => new("Terminated", "终止参保", "Terminated"),
        _ => new(status.ToString(), status.ToString(), status.ToString()),
    };

    public static Named Of(StatusChangeKind kind) => kind switch
    {
        StatusChangeKind.Enrolled => new("Enrolled", "参保登记", "Enrolled"),
        StatusChangeKind.Suspended => new("Suspended", "停保", "Suspended"),
        StatusChangeKind.Resumed => new("Resumed", "续保", "Resumed"),
        StatusChangeKind.Terminated => new("Terminated", "终止参保", "Terminated"),
        _ => new(kind.ToString(), kind.ToString(), kind.ToString()),
    };

    public static Named Of(ContributionPeriodStatus status) => status switch
    {
        ContributionPeriodStatus.Due => new("Due", "待扣款", "Due"),
        ContributionPeriodStatus.Paid => new("Paid", "已缴费", "Paid"),
        ContributionPeriodStatus.Failed => new("Failed", "扣款失败", "Deduction failed"),
        ContributionPeriodStatus.InArrears => new("InArrears", "欠费", "In arrears"),
        _ => new(status.ToString(), status.ToString(), status.ToString()),
    };

    public static Named Of(PaymentFrequency frequency) => new(frequency.ToString(), frequency.NameZh(), frequency.NameEn());

    public static Named Of(SuspensionReason reason)
    {
        var info = SuspensionReasons.Describe(reason);
        return new(info.Code, info.NameZh, info.NameEn);
    }

    public static Named Of(MaterialKind kind) => new(kind.ToString(), kind.NameZh(), kind.NameEn());

    public static Named Of(Sex sex) => sex == Sex.Male ? new("Male", "男", "Male") : new("Female", "女", "Female");

    public static Named Of(RetirementCategory category) => category switch
    {
        RetirementCategory.Male60 => new("Male60", "男性（原法定退休年龄 60 周岁）", "Men (original age 60)"),
        RetirementCategory.Female55 => new("Female55", "女性（原法定退休年龄 55 周岁）", "Women (original age 55)"),
        RetirementCategory.Female50 => new("Female50", "女性（原法定退休年龄 50 周岁）", "Women (original age 50)"),
        _ => new(category.ToString(), category.ToString(), category.ToString()),
    };

    /// <summary>The review form's decisions (<c>review-application.form</c>).</summary>
    public static Named Decision(string? decision) => decision switch
    {
        "approve" => new("approve", "审核通过", "Approved"),
        "reject" => new("reject", "驳回", "Rejected"),
        "supplement" => new("supplement", "要求补充材料", "Supplement requested"),
        _ => new(decision ?? "", decision ?? "", decision ?? ""),
    };
}
