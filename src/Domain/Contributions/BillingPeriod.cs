using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

/// <summary>
/// The months one deduction pays for. Periods follow the calendar (Q1 = January–March, H1 = January–June), as the
/// tax bureau bills them; a person who starts mid-period pays only the remaining months of that calendar period,
/// so everyone's later periods line up with the calendar and one batch per period serves all of them.
/// </summary>
public sealed record BillingPeriod
{
    private BillingPeriod(YearMonth start, YearMonth end)
    {
        Start = start;
        End = end;
    }

    public YearMonth Start { get; }

    public YearMonth End { get; }

    public int Months => End.MonthsSince(Start) + 1;

    /// <summary>
    /// Rebuilds a stored period. It must lie within one calendar year, which guarantees one policy year (and so one
    /// rate and one set of limits) per period.
    /// </summary>
    public static BillingPeriod Of(YearMonth start, YearMonth end)
    {
        if (end < start || end.Year != start.Year)
        {
            throw new DomainException(new DomainError(
                "BillingPeriod.Invalid",
                $"缴费期间 {start}..{end} 无效",
                $"Expected a period within one calendar year ending on or after its start, but got {start}..{end}."));
        }

        return new BillingPeriod(start, end);
    }

    /// <summary>The full calendar period of <paramref name="frequency"/> that contains <paramref name="month"/>.</summary>
    public static BillingPeriod Containing(YearMonth month, PaymentFrequency frequency)
    {
        var start = CalendarStart(month, frequency);
        return new BillingPeriod(start, start.AddMonths(frequency.MonthsPerPeriod() - 1));
    }

    /// <summary>From <paramref name="month"/> to the end of its calendar period: the first period after (re)starting.</summary>
    public static BillingPeriod StartingAt(YearMonth month, PaymentFrequency frequency) =>
        new(month, Containing(month, frequency).End);

    /// <summary>Every period from <paramref name="from"/> up to the one containing <paramref name="through"/>.</summary>
    public static IEnumerable<BillingPeriod> Schedule(YearMonth from, YearMonth through, PaymentFrequency frequency)
    {
        var period = StartingAt(from, frequency);
        while (period.Start <= through)
        {
            yield return period;
            period = period.Next(frequency);
        }
    }

    public BillingPeriod Next(PaymentFrequency frequency) => Containing(End.AddMonths(1), frequency);

    public bool Contains(YearMonth month) => month >= Start && month <= End;

    public override string ToString() => Months == 1 ? Start.ToString() : $"{Start}..{End}";

    private static YearMonth CalendarStart(YearMonth month, PaymentFrequency frequency) => frequency switch
    {
        PaymentFrequency.Monthly => month,
        PaymentFrequency.Quarterly => month.StartOfQuarter,
        PaymentFrequency.HalfYearly => month.StartOfHalfYear,
        PaymentFrequency.Yearly => month.StartOfYear,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Unknown payment frequency."),
    };
}
