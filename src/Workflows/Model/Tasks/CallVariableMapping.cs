namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>
/// One <c>camunda:in</c> or <c>camunda:out</c> of a call activity: <see cref="Source"/> (a variable name) or
/// <see cref="SourceExpression"/> copied to <see cref="Target"/>, or every variable when <see cref="All"/>.
/// </summary>
public sealed record CallVariableMapping
{
    public string? Source { get; init; }
    public string? SourceExpression { get; init; }
    public string? Target { get; init; }
    public bool All { get; init; }
}
