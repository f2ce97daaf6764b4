using System.Globalization;
using System.Text;

namespace SocialInsurance.Workflows.Model.Timers;

/// <summary>
/// An ISO 8601 duration with its calendar parts kept apart: a month is not 30 days, so <c>P1M</c> from 31 January
/// ends on the last day of February, as a person setting a "one month" review limit expects. Weeks are folded into
/// <see cref="Days"/>; hours, minutes and seconds into <see cref="Time"/>, exactly as written (<c>PT36H</c> stays
/// 36 hours).
/// </summary>
public readonly record struct Iso8601Duration(int Years, int Months, int Days, TimeSpan Time)
{
    /// <summary>
    /// Years and months first (clamping to the end of a shorter month), then days, then time — the order
    /// java.time and Camunda use, so definitions behave as their authors know from there. The calendar is that of
    /// <paramref name="at"/>'s offset.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The result falls outside the years 1 to 9999.</exception>
    public DateTimeOffset AddTo(DateTimeOffset at) =>
        at.AddMonths(checked((Years * 12) + Months)).AddDays(Days).Add(Time);

    /// <summary>
    /// As a fixed length, a year taken as 365 days and a month as 30 (XML Schema's reading), for waits that are not
    /// calendar deadlines: retry intervals and message buffer lifetimes. False when it does not fit a <see cref="TimeSpan"/>.
    /// </summary>
    internal bool TryToFixedLength(out TimeSpan length)
    {
        try
        {
            length = TimeSpan.FromTicks(checked((((Years * 365L) + (Months * 30L) + Days) * TimeSpan.TicksPerDay) + Time.Ticks));
            return true;
        }
        catch (OverflowException)
        {
            length = default;
            return false;
        }
    }

    internal bool IsPositive =>
        Years >= 0 && Months >= 0 && Days >= 0 && Time >= TimeSpan.Zero && this != default;

    /// <exception cref="OverflowException">A part no longer fits its type.</exception>
    internal Iso8601Duration Times(long factor) => new(
        checked((int)(Years * factor)),
        checked((int)(Months * factor)),
        checked((int)(Days * factor)),
        TimeSpan.FromTicks(checked(Time.Ticks * factor)));

    public override string ToString()
    {
        if (this == default) return "PT0S";
        var text = new StringBuilder("P");
        if (Years != 0) text.Append(CultureInfo.InvariantCulture, $"{Years}Y");
        if (Months != 0) text.Append(CultureInfo.InvariantCulture, $"{Months}M");
        if (Days != 0) text.Append(CultureInfo.InvariantCulture, $"{Days}D");
        if (Time != TimeSpan.Zero)
        {
            text.Append('T');
            var hours = (long)Time.TotalHours;
            if (hours != 0) text.Append(CultureInfo.InvariantCulture, $"{hours}H");
            if (Time.Minutes != 0) text.Append(CultureInfo.InvariantCulture, $"{Time.Minutes}M");
            var seconds = Time.Ticks % TimeSpan.TicksPerMinute / (decimal)TimeSpan.TicksPerSecond;
            if (seconds != 0) text.Append(CultureInfo.InvariantCulture, $"{seconds:0.#######}S");
        }

        return text.ToString();
    }
}
