using System.Globalization;
using System.Text.RegularExpressions;

namespace SocialInsurance.Workflows.Model.Timers;

/// <summary>
/// The one reader of the ISO 8601 forms BPMN timers use: deployment validates with it and the scheduler computes due
/// times with it, so a text that deploys also schedules (<c>TimerTextAgreementTests</c>). Parsing is strict about the grammar (designators in order, a fraction only
/// on seconds) because a typo in a deployed timer should fail at deployment, not silently fire at the wrong time;
/// it is lenient only about surrounding white space, which BPMN XML text content often carries.
/// </summary>
public static partial class Iso8601
{
    /// <summary>
    /// China Standard Time (Beijing time), UTC+08:00, the offset given to a date-time written without one. The
    /// deadlines in these processes are written by administrators of a Chinese government service, and Beijing time
    /// is the official time of every Chinese government service, Xinjiang's included (the local UTC+06:00 "Xinjiang
    /// time" is not used by government systems). Reading a bare time in the server's own zone instead would move
    /// every deadline by eight hours on a container running in UTC. China has had no daylight saving since 1991,
    /// so a fixed offset is exact.
    /// </summary>
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    private const int MaxLength = 100;

    /// <summary><c>PnYnMnWnDTnHnMnS</c>, any part optional but at least one present; seconds may have a fraction (<c>PT0.5S</c>).</summary>
    public static bool TryParseDuration(string? text, out Iso8601Duration duration)
    {
        duration = default;
        if (!TryTrim(text, out var trimmed)) return false;
        var match = DurationPattern().Match(trimmed);
        if (!match.Success || (match.Groups["time"].Success && match.Groups["time"].Length == 1)) return false;
        if (!match.Groups["y"].Success && !match.Groups["mo"].Success && !match.Groups["w"].Success && !match.Groups["d"].Success
            && !match.Groups["time"].Success)
        {
            return false;
        }

        if (!TryNumber(match.Groups["y"], out var years) || !TryNumber(match.Groups["mo"], out var months)
            || !TryNumber(match.Groups["w"], out var weeks) || !TryNumber(match.Groups["d"], out var days)
            || !TryNumber(match.Groups["h"], out var hours) || !TryNumber(match.Groups["mi"], out var minutes)
            || !TryNumber(match.Groups["s"], out var seconds))
        {
            return false;
        }

        try
        {
            var fraction = match.Groups["f"].Success ? match.Groups["f"].Value.PadRight(7, '0')[..7] : "0";
            var ticks = checked((hours * TimeSpan.TicksPerHour) + (minutes * TimeSpan.TicksPerMinute) + (seconds * TimeSpan.TicksPerSecond)
                + long.Parse(fraction, CultureInfo.InvariantCulture));
            duration = new Iso8601Duration(checked((int)years), checked((int)months), checked((int)((weeks * 7) + days)), TimeSpan.FromTicks(ticks));
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>
    /// <c>2026-01-31T09:00:00+08:00</c>, <c>...Z</c>, seconds and fraction optional; without an offset, or as a bare
    /// date (midnight), the time is Beijing time (<see cref="ChinaStandardTime"/>).
    /// </summary>
    public static bool TryParseDate(string? text, out DateTimeOffset at)
    {
        at = default;
        if (!TryTrim(text, out var trimmed)) return false;
        var match = DatePattern().Match(trimmed);
        if (!match.Success) return false;

        var offset = ChinaStandardTime;
        var zone = match.Groups["zone"];
        if (zone.Success && zone.Value is not ("Z" or "z"))
        {
            var hours = int.Parse(zone.Value.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var minutes = zone.Value.Length > 3 ? int.Parse(zone.Value.AsSpan(zone.Value.Length - 2), CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes > 59) return false;
            offset = new TimeSpan(hours, minutes, 0) * (zone.Value[0] == '-' ? -1 : 1);
        }
        else if (zone.Success)
        {
            offset = TimeSpan.Zero;
        }

        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var year = Part("year");
        var month = Part("month");
        var day = Part("day");
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        if (Part("hour") > 23 || Part("minute") > 59 || Part("second") > 59) return false;

        var fraction = match.Groups["f"].Success ? long.Parse(match.Groups["f"].Value.PadRight(7, '0'), CultureInfo.InvariantCulture) : 0;
        try
        {
            var local = new DateTime(year, month, day, Part("hour"), Part("minute"), Part("second"), DateTimeKind.Unspecified).AddTicks(fraction);
            at = new DateTimeOffset(local, offset);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>
    /// <c>R{n}/{duration}</c>, <c>R/{duration}</c> (for ever) and <c>R{n}/{start}/{duration}</c>. <c>R0</c> and a
    /// zero interval are rejected: a timer that never fires, or fires without pause, is a modelling mistake.
    /// The <c>R{n}/{duration}/{end}</c> form is not supported.
    /// </summary>
    public static bool TryParseCycle(string? text, out Iso8601Cycle cycle)
    {
        cycle = null!;
        if (!TryTrim(text, out var trimmed)) return false;
        var parts = trimmed.Split('/');
        if (parts.Length is not (2 or 3) || parts[0].Length == 0 || parts[0][0] is not ('R' or 'r')) return false;

        int? repetitions = null;
        if (parts[0].Length > 1)
        {
            if (!int.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1) return false;
            repetitions = count;
        }

        DateTimeOffset? start = null;
        if (parts.Length == 3)
        {
            if (!TryParseDate(parts[1], out var startAt)) return false;
            start = startAt;
        }

        if (!TryParseDuration(parts[^1], out var interval) || !interval.IsPositive) return false;
        cycle = new Iso8601Cycle(repetitions, start, interval);
        return true;
    }

    private static bool TryTrim(string? text, out string trimmed)
    {
        trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length is > 0 and <= MaxLength;
    }

    private static bool TryNumber(Group group, out long value)
    {
        value = 0;
        return !group.Success || long.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(
        @"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?<time>T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+)(?:[.,](?<f>\d+))?S)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(
        @"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:T(?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,](?<f>\d{1,7}))?)?(?<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex DatePattern();
}
