using System.Reflection;

namespace SocialInsurance.Api.Processes;

/// <summary>
/// A variable that crosses the boundary between the cases and their processes: where it comes from, the code that
/// writes it and the code that reads it (the model's own reads — conditions, timers, mappings, correlation keys —
/// are found in the model by <c>ProcessContractTests</c>, not listed here).
/// </summary>
public sealed record ProcessVariable(string Name, VariableSource Source, Type WrittenBy, IReadOnlyList<Type> ReadBy)
{
    /// <summary>A variable the writer may leave out; readers then use their default.</summary>
    public bool Optional { get; init; }

    /// <summary>The names of <paramref name="names"/> (its <c>const string</c> fields) that carry a <see cref="WrittenByAttribute"/>.</summary>
    public static IReadOnlyList<ProcessVariable> DeclaredIn(Type names) =>
    [
        .. from field in names.GetFields(BindingFlags.Public | BindingFlags.Static)
           let written = field.GetCustomAttribute<WrittenByAttribute>()
           where field.IsLiteral && written is not null
           select new ProcessVariable((string)field.GetRawConstantValue()!, written.Source, written.Writer, written.ReadBy) { Optional = written.Optional },
    ];
}
