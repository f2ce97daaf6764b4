using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SocialInsurance.Domain.SeedWork;

/// <summary>
/// An amount in yuan kept to the fen. Every arithmetic result is rounded half up (away from zero), the
/// convention of Chinese fee notices (e.g. 3,681 × 20% = 736.2 in DOMAIN-SOURCES §2.3), never banker's rounding.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    private Money(decimal yuan) => Yuan = Round(yuan);

    public decimal Yuan { get; }

    public static Money Zero => default;

    public static Money FromYuan(decimal yuan) => new(yuan);

    /// <summary>Rounds to whole yuan, half up; used where notices state whole-yuan figures (contribution grades).</summary>
    public Money RoundToYuan() => new(Math.Round(Yuan, 0, MidpointRounding.AwayFromZero));

    public static bool TryCreate(string? text, out Money value, [NotNullWhen(false)] out DomainError? error)
    {
        value = default;
        if (!decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan))
        {
            error = new DomainError("Money.Invalid", "金额格式不正确", "The amount is not a number.");
            return false;
        }

        if (yuan < 0)
        {
            error = new DomainError("Money.Negative", "金额不能为负数", "The amount cannot be negative.");
            return false;
        }

        if (decimal.Round(yuan, 2) != yuan)
        {
            error = new DomainError("Money.TooPrecise", "金额最多精确到分（两位小数）", "The amount may have at most two decimals (fen).");
            return false;
        }

        value = new Money(yuan);
        error = null;
        return true;
    }

    public static Money operator +(Money left, Money right) => new(left.Yuan + right.Yuan);

    public static Money operator -(Money left, Money right) => new(left.Yuan - right.Yuan);

    public static Money operator *(Money money, decimal factor) => new(money.Yuan * factor);

    public static Money operator *(Money money, int factor) => new(money.Yuan * factor);

    public int CompareTo(Money other) => Yuan.CompareTo(other.Yuan);

    public static bool operator <(Money left, Money right) => left.Yuan < right.Yuan;

    public static bool operator >(Money left, Money right) => left.Yuan > right.Yuan;

    public static bool operator <=(Money left, Money right) => left.Yuan <= right.Yuan;

    public static bool operator >=(Money left, Money right) => left.Yuan >= right.Yuan;

    public override string ToString() => Yuan.ToString("0.00", CultureInfo.InvariantCulture);

    private static decimal Round(decimal yuan) => Math.Round(yuan, 2, MidpointRounding.AwayFromZero);
}
