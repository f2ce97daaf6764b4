using System.Globalization;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Model.Timers;

/// <summary>
/// When BPMN timers fall due. Pure arithmetic over the timer's text (already expression-evaluated) and instants the
/// caller supplies, so the Hangfire side only stores due times and the rules are tested without a clock.
/// Calendar parts (<c>P1M</c>, <c>P1D</c>) are counted in Beijing time (<see cref="Iso8601.ChinaStandardTime"/>),
/// whatever offset the caller's instant has: "one month" from a UTC instant late on 31 January is already
/// 1 February in the place the deadline is meant for. Results carry the +08:00 offset.
/// </summary>
public static class TimerSchedule
{
    private const string DurationExample = "an ISO 8601 duration like PT10M";
    private const string DateExample = "an ISO 8601 date-time like 2026-01-31T09:00:00+08:00";
    private const string CycleExample = "an ISO 8601 repeating interval like R3/PT10M or R/P1D";

    /// <summary>
    /// The first due time of a timer armed at <paramref name="armedAt"/>. A date in the past is returned as it is
    /// (the timer fires at once). A cycle with a start fires at the start; if the timer is armed later than that,
    /// missed firings are skipped — they count against the repetitions — as in Camunda 7.
    /// </summary>
    /// <exception cref="FormatException">
    /// The text is not of the form <paramref name="kind"/> needs, falls due after the year 9999, or is a cycle
    /// whose last repetition is already past.
    /// </exception>
    public static DateTimeOffset FirstDue(TimerKind kind, string text, DateTimeOffset armedAt)
    {
        ArgumentNullException.ThrowIfNull(text);
        switch (kind)
        {
            case TimerKind.Duration:
                if (!Iso8601.TryParseDuration(text, out var duration)) throw Expected(DurationExample, text);
                return After(duration, armedAt, text);
            case TimerKind.Date:
                if (!Iso8601.TryParseDate(text, out var at)) throw Expected(DateExample, text);
                return at.ToOffset(Iso8601.ChinaStandardTime);
            case TimerKind.Cycle:
                var cycle = ParseCycle(text);
                if (cycle.Start is not { } start) return After(cycle.Interval, armedAt, text);
                return Occurrence(cycle, start, armedAt, inclusive: true, text) ?? throw new FormatException(
                    $"Expected the timer cycle '{text}' to have a repetition due at or after {Format(armedAt)}, but its last one was due at {Format(Last(cycle, start, text))}");
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Expected a timer kind of Duration, Date or Cycle.");
        }
    }

    /// <summary>
    /// The due time after a cycle fired at <paramref name="previousDue"/> for the <paramref name="timesFired"/>th time;
    /// <see langword="null"/> once the repetitions are used up. Without a start, each firing is one interval after
    /// the previous one; with a start, firings stay on the start's grid (start + k × interval), so <c>P1M</c> from
    /// 31 January gives 28 February and then 31 March rather than drifting to the 28th.
    /// </summary>
    /// <exception cref="FormatException">The text is not a repeating interval.</exception>
    public static DateTimeOffset? NextDue(string cycleText, DateTimeOffset previousDue, int timesFired)
    {
        ArgumentNullException.ThrowIfNull(cycleText);
        ArgumentOutOfRangeException.ThrowIfNegative(timesFired);
        var cycle = ParseCycle(cycleText);
        if (timesFired >= cycle.Repetitions) return null;
        return cycle.Start is { } start
            ? Occurrence(cycle, start, previousDue, inclusive: false, cycleText)
            : After(cycle.Interval, previousDue, cycleText);
    }

    private static Iso8601Cycle ParseCycle(string text) =>
        Iso8601.TryParseCycle(text, out var cycle) ? cycle : throw Expected(CycleExample, text);

    private static DateTimeOffset After(Iso8601Duration duration, DateTimeOffset at, string text)
    {
        try
        {
            return duration.AddTo(at.ToOffset(Iso8601.ChinaStandardTime));
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or OverflowException)
        {
            throw new FormatException($"Expected a timer that falls due before the year 10000, but '{text}' after {Format(at)} does not", exception);
        }
    }

    /// <summary>
    /// The first repetition due after <paramref name="after"/> (or at it, when <paramref name="inclusive"/>), by
    /// binary search over k: occurrences grow with k, and a daily cycle started years ago must not cost a loop per day.
    /// </summary>
    private static DateTimeOffset? Occurrence(Iso8601Cycle cycle, DateTimeOffset start, DateTimeOffset after, bool inclusive, string text)
    {
        bool IsDue(long k) => At(cycle, start, k) is not { } due || (inclusive ? due >= after : due > after);

        long found;
        if (IsDue(0))
        {
            found = 0;
        }
        else
        {
            long low = 0, high = 1;
            while (!IsDue(high))
            {
                low = high;
                high *= 2;
            }

            while (high - low > 1)
            {
                var middle = low + ((high - low) / 2);
                if (IsDue(middle)) high = middle;
                else low = middle;
            }

            found = high;
        }

        if (found >= cycle.Repetitions) return null;
        return At(cycle, start, found) ?? throw new FormatException(
            $"Expected a timer that falls due before the year 10000, but the next repetition of '{text}' does not");
    }

    private static DateTimeOffset Last(Iso8601Cycle cycle, DateTimeOffset start, string text) =>
        At(cycle, start, cycle.Repetitions!.Value - 1) ?? throw Expected(CycleExample, text);

    /// <summary>Start + k × interval; <see langword="null"/> past the year 9999.</summary>
    private static DateTimeOffset? At(Iso8601Cycle cycle, DateTimeOffset start, long k)
    {
        try
        {
            return cycle.Interval.Times(k).AddTo(start.ToOffset(Iso8601.ChinaStandardTime));
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    private static FormatException Expected(string what, string text) => new($"Expected {what}, but got '{text}'");

    private static string Format(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
}
