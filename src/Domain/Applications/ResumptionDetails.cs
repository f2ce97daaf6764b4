using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Reference;

namespace SocialInsurance.Domain.Applications;

/// <summary>
/// 续保 (seed text step 4): region, bank category and card, base and frequency. It takes effect from the month it is
/// registered, so no month is asked for.
/// </summary>
public sealed record ResumptionDetails(
    RegionCode Region,
    string BankCategoryCode,
    BankAccount BankAccount,
    ContributionBase ContributionBase,
    PaymentFrequency Frequency) : ApplicationDetails
{
    public override ApplicationType Type => ApplicationType.Resumption;
}
