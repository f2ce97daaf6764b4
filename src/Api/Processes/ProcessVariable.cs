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
}
