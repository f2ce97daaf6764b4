using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;

namespace SocialInsurance.Domain.Applications;

/// <summary>基本信息 and 权益信息 of 新参保 (seed text steps 3–4).</summary>
public sealed record NewEnrollmentDetails(
    MobilePhone Mobile,
    RegionCode Region,
    IReadOnlyList<string> InsuranceTypeCodes,
    string BankCategoryCode,
    BankAccount BankAccount,
    ContributionBase ContributionBase,
    PaymentFrequency Frequency) : ApplicationDetails
{
    public override ApplicationType Type => ApplicationType.NewEnrollment;

    /// <summary>All four uploads; the seed's step 5 names them and nothing says any is optional.</summary>
    public override IReadOnlyList<MaterialKind> RequiredMaterials { get; } =
        [MaterialKind.IdCardFront, MaterialKind.IdCardBack, MaterialKind.HouseholdRegister, MaterialKind.IdCardCopy];
}
