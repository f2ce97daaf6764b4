namespace SocialInsurance.Workflows.Model.Events;

/// <summary>
/// Fires when <see cref="Condition"/> (JavaScript, or the JUEL subset rewritten to it) holds after the instance's
/// variables changed, as in Camunda 7. <see cref="VariableName"/> (<c>camunda:variableName</c>) limits the
/// evaluation to changes of that variable, <see cref="VariableEvents"/> (<c>camunda:variableEvents</c>) to
/// <c>create</c>, <c>update</c> and/or <c>delete</c> changes.
/// </summary>
public sealed record ConditionalDefinition(string Condition) : EventDefinition
{
    public string? VariableName { get; init; }
    public IReadOnlyList<string> VariableEvents { get; init; } = [];
}
