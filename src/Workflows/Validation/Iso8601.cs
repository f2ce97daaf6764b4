using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// The ISO 8601 forms BPMN timers use. Deliberately narrow: anything this does not accept is rejected at deploy
/// rather than left to surprise the scheduler at run time.
/// </summary>
internal static partial class Iso8601
{
    /// <summary>
    /// <c>${...}</c> values are evaluated when the timer is armed, so their shape can only be checked then.
    /// </summary>
    public static bool IsExpression(string text) =>
        text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}');

    public static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = default;
        var weeks = WeeksPattern().Match(text);
        if (weeks.Success)
        {
            // XmlConvert follows XML Schema, which has no week designator; ISO 8601 has PnW.
            if (!int.TryParse(weeks.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                return false;
            duration = TimeSpan.FromDays(7.0 * n);
            return n > 0;
        }

        if (!text.StartsWith('P'))
            return false; // XmlConvert accepts a leading minus; a negative timer makes no sense.

        try
        {
            // P1Y and P1M are approximated (365 and 30 days); fine for validation and for retry intervals.
            duration = XmlConvert.ToTimeSpan(text);
            return duration > TimeSpan.Zero;
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return false;
        }
    }

    public static bool TryParseDate(string text, out DateTimeOffset date)
    {
        date = default;
        // DateTimeOffset.TryParse alone would also take "March 3" or culture-specific forms.
        return DatePattern().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);
    }

    /// <summary><c>R{n}/{duration}</c>, <c>R/{duration}</c> (unbounded) or <c>R{n}/{start}/{duration}</c>.</summary>
    public static bool TryParseCycle(string text, out int? repetitions, out TimeSpan interval)
    {
        repetitions = null;
        interval = default;
        var parts = text.Split('/');
        if (parts.Length is < 2 or > 3 || !TryParseRepetitions(parts[0], out repetitions))
            return false;
        if (parts.Length == 3 && !TryParseDate(parts[1], out _))
            return false;
        return TryParseDuration(parts[^1], out interval);
    }

    private static bool TryParseRepetitions(string text, out int? repetitions)
    {
        repetitions = null;
        if (text == "R")
            return true;
        if (text.Length < 2 || text[0] != 'R'
            || !int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            return false;
        repetitions = n;
        return true;
    }

    [GeneratedRegex(@"^P(\d+)W$")]
    private static partial Regex WeeksPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex DatePattern();
}
