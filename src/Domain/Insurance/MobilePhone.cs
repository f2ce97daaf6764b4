using System.Diagnostics.CodeAnalysis;

using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Insurance;

/// <summary>A mainland mobile number (11 digits, 1[3-9]…), used for review notices and deduction reminders.</summary>
public sealed record MobilePhone
{
    private MobilePhone(string value) => Value = value;

    public string Value { get; }

    public string Masked => string.Concat(Value.AsSpan(0, 3), "****", Value.AsSpan(7));

    public static bool TryCreate(string? text, [NotNullWhen(true)] out MobilePhone? phone, [NotNullWhen(false)] out DomainError? error)
    {
        var value = (text ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (value.StartsWith("+86", StringComparison.Ordinal))
        {
            value = value[3..];
        }

        if (value.Length == 11 && value.All(char.IsAsciiDigit) && value[0] == '1' && value[1] is >= '3' and <= '9')
        {
            phone = new MobilePhone(value);
            error = null;
            return true;
        }

        phone = null;
        error = new DomainError(
            "MobilePhone.Invalid", "手机号码应为 11 位数字，以 13–19 开头", "A mobile number has 11 digits and starts with 13 to 19.");
        return false;
    }

    public static MobilePhone Create(string text) =>
        TryCreate(text, out var phone, out var error) ? phone : throw new DomainException(error);

    public override string ToString() => Masked;
}
