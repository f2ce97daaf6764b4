namespace SocialInsurance.Workflows.Execution.Incidents;

/// <summary>Why an incident happened: its code and arguments (see <see cref="IncidentCodes"/>) and the engine's English message.</summary>
public sealed record IncidentCause(string Code, IReadOnlyDictionary<string, string> Args, string Message)
{
    /// <summary>The message column's size: a script may throw a text of any length, and a longer one must not fail the step.</summary>
    public const int MaxMessageLength = 4000;

    /// <summary>An argument is shown in a sentence; a script's text beyond this is cut.</summary>
    public const int MaxArgumentLength = 1000;

    internal static string Clamp(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
