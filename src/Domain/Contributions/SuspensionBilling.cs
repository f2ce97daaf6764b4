using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

/// <summary>
/// What a 停保 from a month does to the person's periods. No Xinjiang text fixes it (DOMAIN-SOURCES §4.3, open
/// question 5); ours: nothing is owed or kept for a month without coverage. A paid period reaching into the
/// suspension has those months refunded (the fund returns them, they stop counting); an unpaid period spanning it
/// ends the month before; an unpaid period starting at or after it is dropped. Periods before it are untouched —
/// arrears there stay arrears. After a 续保 billing restarts at the resumption month, so the gap is never billed.
/// </summary>
public static class SuspensionBilling
{
    public static SuspensionBillingResult Apply(IEnumerable<ContributionPeriod> periods, YearMonth suspendedFrom)
    {
        var cut = new List<ContributionPeriod>();
        var dropped = new List<ContributionPeriod>();
        var refunded = new List<ContributionPeriod>();
        var refundedMonths = 0;
        foreach (var period in periods.Where(p => p.Period.End >= suspendedFrom))
        {
            if (period.Status == ContributionPeriodStatus.Paid)
            {
                var before = period.RefundedMonths;
                period.RefundFrom(suspendedFrom);
                if (period.RefundedMonths > before)
                {
                    refundedMonths += period.RefundedMonths - before;
                    refunded.Add(period);
                }
            }
            else if (period.Period.Start >= suspendedFrom)
            {
                dropped.Add(period);
            }
            else
            {
                period.CutBefore(suspendedFrom);
                cut.Add(period);
            }
        }

        return new SuspensionBillingResult(cut, dropped, refunded, refundedMonths);
    }
}

/// <summary>The periods a suspension changed; <see cref="RefundedMonths"/> leave the person's counted months.</summary>
public sealed record SuspensionBillingResult(
    IReadOnlyList<ContributionPeriod> Cut,
    IReadOnlyList<ContributionPeriod> Dropped,
    IReadOnlyList<ContributionPeriod> Refunded,
    int RefundedMonths);
