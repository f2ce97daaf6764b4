using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

/// <summary>
/// What a period costs, and how it splits between the personal account (8%) and the pooled fund (12%)
/// (DOMAIN-SOURCES §3.1). The pooled share is the remainder so the two always add up to the total to the fen.
/// </summary>
public sealed record ContributionAmount(Money Monthly, int Months, Money Total, Money PersonalAccount, Money Pooled)
{
    /// <summary>The same monthly amount over fewer or more months (a period cut by a suspension); exact to the fen.</summary>
    public ContributionAmount ForMonths(int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(months);
        var personalMonthly = Money.FromYuan(PersonalAccount.Yuan / Months);
        var total = Monthly * months;
        var personal = personalMonthly * months;
        return this with { Months = months, Total = total, PersonalAccount = personal, Pooled = total - personal };
    }
}
