using SocialInsurance.Workflows.Model.Timers;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// What deployment accepts as a literal timer text or due date, read with the scheduler's own <see cref="Iso8601"/>
/// reader. Deliberately narrow: anything the scheduler could not use is rejected at deploy rather than left to
/// surprise the case at run time.
/// </summary>
internal static class TimerTexts
{
    /// <summary><c>${...}</c> values are evaluated when the timer is armed, so their shape can only be checked then.</summary>
    public static bool IsExpression(string text) =>
        text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}');

    /// <summary>
    /// A literal duration must also be longer than zero: written into a model, a timer that fires at once is a
    /// modelling mistake (a computed one may be zero, and fires at once).
    /// </summary>
    public static bool IsDuration(string text) => Iso8601.TryParseDuration(text, out var duration) && duration.IsPositive;

    public static bool IsDate(string text) => Iso8601.TryParseDate(text, out _);

    public static bool IsCycle(string text) => Iso8601.TryParseCycle(text, out _);
}
