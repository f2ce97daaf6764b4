using System.Text.RegularExpressions;

namespace SocialInsurance.Api.Infrastructure.Telemetry;

/// <summary>
/// What telemetry must never carry, recognised by shape rather than by field name: an 18-character resident ID number
/// (17 digits and a digit or X), and any free-standing run of 11 to 19 digits (mobile phone numbers are 11, bank card
/// numbers 16 to 19). Deliberately broad: a long number in a URL or a tag is masked even when it is harmless (a
/// timestamp), because a missed ID number cannot be taken back once exported. Digits inside a GUID or a word are left
/// alone, so instance and application ids stay readable.
/// </summary>
public static partial class PersonalDataPattern
{
    public const string Mask = "***";

    public static bool Contains(string value) => Pattern().IsMatch(value);

    public static string Redact(string value) => Pattern().Replace(value, Mask);

    [GeneratedRegex(@"(?<![0-9A-Za-z-])(?:\d{17}[\dXx]|\d{11,19})(?![0-9A-Za-z-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}
