using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

public enum ContributionEndReason
{
    /// <summary>The statutory retirement month, with the minimum contribution years met by then.</summary>
    RetirementReached,

    /// <summary>延长缴费: short of the minimum at retirement, the person pays on until the minimum is reached.</summary>
    ExtendedToMinimum,
}

/// <param name="Month">The first month no longer billed.</param>
public sealed record ContributionEnd(YearMonth Month, ContributionEndReason Reason, string Zh, string En)
{
    /// <summary>
    /// When contributions end for someone who pays every month from <paramref name="currentMonth"/> on: at the
    /// statutory retirement month (2025 reform, <see cref="Policy.StatutoryRetirement"/>), or — short of the minimum
    /// there (延长缴费, DOMAIN-SOURCES §3.5) — once the missing months are paid.
    /// </summary>
    public static ContributionEnd For(ContributionSummary summary, YearMonth currentMonth)
    {
        var retirement = summary.RetirementAge.RetirementMonth;
        var missing = currentMonth < retirement ? summary.ProjectedShortfallMonths : summary.ShortfallMonths;
        if (missing == 0)
        {
            return new ContributionEnd(retirement, ContributionEndReason.RetirementReached,
                $"您于 {retirement} 达到法定退休年龄，届时缴费已满最低年限（{summary.RequiredMonths} 个月），自 {retirement} 起不再缴费。",
                $"You reach the statutory retirement age in {retirement} with the minimum of {summary.RequiredMonths} months met; contributions end from {retirement}.");
        }

        var from = currentMonth < retirement ? retirement : currentMonth;
        var end = from.AddMonths(missing);
        var last = end.AddMonths(-1);
        return new ContributionEnd(end, ContributionEndReason.ExtendedToMinimum,
            $"您于 {retirement} 达到法定退休年龄时缴费不足最低年限（{summary.RequiredMonths} 个月），需自 {from} 起延长缴费 {missing} 个月，至 {last} 止。",
            $"At the statutory retirement age ({retirement}) you are short of the minimum of {summary.RequiredMonths} months, so you keep paying (延长缴费, extended contributions) for {missing} more months from {from}, through {last}.");
    }

    /// <summary>
    /// What of <paramref name="period"/> is still billed: months before the retirement month always; from it on only
    /// while the months credited plus <paramref name="openMonths"/> (billed, not yet paid nor in arrears) fall short of
    /// the minimum. Null when nothing is owed; otherwise the period cut after its last owed month.
    /// </summary>
    public static BillingPeriod? Owed(BillingPeriod period, ContributionSummary summary, int openMonths)
    {
        var retirement = summary.RetirementAge.RetirementMonth;
        if (period.End < retirement)
        {
            return period;
        }

        var before = period.Start < retirement ? retirement.MonthsSince(period.Start) : 0;
        var missing = Math.Max(0, summary.RequiredMonths - summary.TotalMonths - openMonths - before);
        var fromRetirement = period.Start < retirement ? retirement : period.Start;
        var after = Math.Min(period.End.MonthsSince(fromRetirement) + 1, missing);
        var months = before + after;
        return months == 0 ? null : BillingPeriod.Of(period.Start, period.Start.AddMonths(months - 1));
    }
}
