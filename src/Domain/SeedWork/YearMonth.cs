using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SocialInsurance.Domain.SeedWork;

/// <summary>
/// A calendar month. Contributions, suspensions and retirement are all decided to the month, so the domain never
/// compares dates where a month is meant.
/// </summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    public YearMonth(int year, int month)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            throw new DomainException(InvalidError);
        }

        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>1 for January–March … 4 for October–December.</summary>
    public int Quarter => ((Month - 1) / 3) + 1;

    /// <summary>1 for January–June, 2 for July–December.</summary>
    public int HalfYear => Month <= 6 ? 1 : 2;

    public YearMonth StartOfQuarter => new(Year, ((Quarter - 1) * 3) + 1);

    public YearMonth StartOfHalfYear => new(Year, HalfYear == 1 ? 1 : 7);

    public YearMonth StartOfYear => new(Year, 1);

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public static YearMonth From(DateOnly date) => new(date.Year, date.Month);

    public YearMonth AddMonths(int months)
    {
        var index = (Year * 12) + (Month - 1) + months;
        return new YearMonth(index / 12, (index % 12) + 1);
    }

    public YearMonth AddYears(int years) => AddMonths(years * 12);

    /// <summary>Months from <paramref name="other"/> to this month; positive when this month is later.</summary>
    public int MonthsSince(YearMonth other) => ((Year - other.Year) * 12) + (Month - other.Month);

    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (text is null
            || !DateTime.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        value = new YearMonth(parsed.Year, parsed.Month);
        return true;
    }

    public static bool TryCreate(string? text, out YearMonth value, [NotNullWhen(false)] out DomainError? error)
    {
        error = TryParse(text, out value) ? null : InvalidError;
        return error is null;
    }

    public static YearMonth Parse(string text) =>
        TryParse(text, out var value) ? value : throw new DomainException(InvalidError);

    public int CompareTo(YearMonth other) => MonthsSince(other).CompareTo(0);

    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Year:D4}-{Month:D2}";

    private static readonly DomainError InvalidError = new(
        "YearMonth.Invalid", "年月格式应为 yyyy-MM，例如 2026-05", "A year-month must look like yyyy-MM, e.g. 2026-05.");
}
