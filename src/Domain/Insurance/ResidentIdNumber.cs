using System.Diagnostics.CodeAnalysis;
using System.Globalization;

using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Insurance;

/// <summary>
/// 公民身份号码, which is also the social-security number (Social Insurance Law Art. 58(3), DOMAIN-SOURCES §1.2), so it
/// is the person's identity everywhere in the domain. GB 11643-1999: 6-digit address, 8-digit birth date, 3-digit
/// sequence (odd = male), ISO 7064 MOD 11-2 check character (§9). The address prefix is not checked against
/// Xinjiang: since 2025 the 户籍 no longer restricts enrollment (§1.9, §9).
/// </summary>
public sealed record ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    public string Value { get; }

    public DateOnly BirthDate { get; }

    public YearMonth BirthMonth => YearMonth.From(BirthDate);

    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>For logs and lists, where personal data must not appear in full (DESIGN "Quality bars").</summary>
    public string Masked => string.Concat(Value.AsSpan(0, 4), new string('*', 10), Value.AsSpan(14));

    /// <summary>Whole years of age on <paramref name="date"/>; a birthday counts from its day.</summary>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        return BirthDate.AddYears(age) > date ? age - 1 : age;
    }

    public static char CheckCharacterFor(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public static bool TryCreate(string? text, [NotNullWhen(true)] out ResidentIdNumber? id, [NotNullWhen(false)] out DomainError? error)
    {
        id = null;
        var value = text?.Trim().ToUpperInvariant() ?? string.Empty;
        if (value.Length != 18 || value.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9') || !(char.IsAsciiDigit(value[17]) || value[17] == 'X'))
        {
            error = new DomainError(
                "ResidentId.Format",
                "身份证号码应为 18 位：前 17 位为数字，最后一位为数字或 X",
                "A resident ID number has 18 characters: 17 digits and a final digit or X.");
            return false;
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate)
            || birthDate.Year < 1800)
        {
            error = new DomainError(
                "ResidentId.BirthDate", "身份证号码中的出生日期无效", "The birth date inside the resident ID number is not a valid date.");
            return false;
        }

        if (CheckCharacterFor(value) != value[17])
        {
            error = new DomainError(
                "ResidentId.CheckDigit", "身份证号码校验位不正确，请核对", "The resident ID number's check character is wrong; please check the number.");
            return false;
        }

        id = new ResidentIdNumber(value, birthDate);
        error = null;
        return true;
    }

    public static ResidentIdNumber Create(string text) =>
        TryCreate(text, out var id, out var error) ? id : throw new DomainException(error);

    public override string ToString() => Masked;
}
