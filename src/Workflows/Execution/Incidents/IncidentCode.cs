namespace SocialInsurance.Workflows.Execution.Incidents;

/// <summary>
/// One kind of incident: a stable code and the names of its arguments. A host writes the incident in its users'
/// language from these (the engine's own <see cref="Incident.Message"/> stays English, for logs and operators).
/// An argument named <c>detail</c> is text the engine did not write (a script's thrown message, a job's error): a host
/// shows it beside its sentence, untranslated.
/// </summary>
public sealed class IncidentCode(string code, params string[] arguments)
{
    public const string Detail = "detail";

    public string Code { get; } = code;

    public IReadOnlyList<string> Arguments { get; } = arguments;

    /// <summary>The cause with its values, given in the order of <see cref="Arguments"/>; a null value is left out.</summary>
    public IncidentCause Cause(string message, params string?[] values)
    {
        if (values.Length != Arguments.Count)
        {
            throw new ArgumentException($"Expected {Arguments.Count} values for incident code '{Code}', but got {values.Length}.", nameof(values));
        }

        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                args[Arguments[i]] = IncidentCause.Clamp(value, IncidentCause.MaxArgumentLength);
            }
        }

        return new IncidentCause(Code, args, message);
    }

    public override string ToString() => Code;
}
