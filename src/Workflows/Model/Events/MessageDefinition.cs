namespace SocialInsurance.Workflows.Model.Events;

/// <summary>
/// Waits for a message by name. The subscription's correlation key is the instance's business key unless
/// <see cref="CorrelationKeyExpression"/> (extension property <c>correlationKey</c>) names another value.
/// </summary>
public sealed record MessageDefinition(string MessageName) : EventDefinition
{
    public string? CorrelationKeyExpression { get; init; }
}
