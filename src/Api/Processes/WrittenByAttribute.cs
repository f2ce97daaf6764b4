namespace SocialInsurance.Api.Processes;

/// <summary>
/// On a variable name of <see cref="CaseProcess.Variables"/>: where the variable comes from, the code that writes it
/// and the code that reads it, so each name is declared once with its handlers (<see cref="ProcessVariable.DeclaredIn"/>
/// makes the contract's entries from these).
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class WrittenByAttribute(VariableSource source, Type writer) : Attribute
{
    public VariableSource Source { get; } = source;

    public Type Writer { get; } = writer;

    /// <summary>The code that reads the variable; the model's own reads are found in the model, not listed here.</summary>
    public Type[] ReadBy { get; init; } = [];

    /// <summary>See <see cref="ProcessVariable.Optional"/>.</summary>
    public bool Optional { get; init; }
}
