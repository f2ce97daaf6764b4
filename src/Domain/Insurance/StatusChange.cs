using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Insurance;

/// <summary>
/// One entry of a person's coverage history: the month it took effect, the standing before and after, which 险种
/// changed, and for a suspension its reason. A partial suspension (some 险种 stay active) is recorded too, with the
/// person's standing unchanged, so the history explains every change of every 险种.
/// </summary>
public sealed record StatusChange(
    YearMonth Month,
    StatusChangeKind Kind,
    InsuredStatus From,
    InsuredStatus To,
    IReadOnlyList<string> InsuranceTypeCodes,
    SuspensionReason? Reason);
