using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

/// <summary>停保 (seed text step 3): the reason, the change month and the ticked 险种.</summary>
public sealed record SuspensionDetails(SuspensionReason Reason, YearMonth ChangeMonth, IReadOnlyList<string> InsuranceTypeCodes) : ApplicationDetails
{
    public override ApplicationType Type => ApplicationType.Suspension;

    /// <summary>The change month "默认为当前年月" (seed text) when the applicant leaves it unchanged.</summary>
    public static SuspensionDetails Create(SuspensionReason reason, YearMonth? changeMonth, IReadOnlyList<string> insuranceTypeCodes, YearMonth currentMonth) =>
        new(reason, changeMonth ?? currentMonth, insuranceTypeCodes);
}
