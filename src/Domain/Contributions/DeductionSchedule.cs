using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

/// <summary>
/// When the tax bureau deducts a period. The policy's day of the month (Urumqi 2021: the 20th, "postponed on
/// holidays", DOMAIN-SOURCES §2.3(d)) moves to the next working day of the holiday calendar.
/// </summary>
public static class DeductionSchedule
{
    public static DateOnly DeductionDay(YearMonth month, PolicyTable policies, WorkingDayCalendar calendar)
    {
        var day = Math.Min(policies.For(month.Year).Policy.DeductionDay, month.LastDay.Day);
        var date = new DateOnly(month.Year, month.Month, day);
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>
    /// The first deduction of a period billed on <paramref name="billedOn"/>: its own deduction day, or — when that day
    /// has passed (an enrolment after the 20th) — the next month's, covering the period. Without this a December
    /// enrolment would be in arrears at once and, with past-year arrears forbidden (§3.4), lost for good.
    /// </summary>
    public static DateOnly FirstDeduction(BillingPeriod period, DateOnly billedOn, PolicyTable policies, WorkingDayCalendar calendar)
    {
        var own = DeductionDay(period.Start, policies, calendar);
        if (billedOn <= own)
        {
            return own;
        }

        var month = YearMonth.From(billedOn);
        var next = DeductionDay(month, policies, calendar);
        return billedOn <= next ? next : DeductionDay(month.AddMonths(1), policies, calendar);
    }
}
