namespace SocialInsurance.Workflows.Model.Events;

/// <summary>
/// A BPMN error. Thrown by an error end event (its code is required); caught by an error boundary event, which
/// catches every code when <see cref="ErrorCode"/> is null. A catch may store what it caught in variables
/// (<c>camunda:errorCodeVariable</c>, <c>camunda:errorMessageVariable</c>).
/// </summary>
public sealed record ErrorDefinition(string? ErrorCode) : EventDefinition
{
    public string? CodeVariable { get; init; }
    public string? MessageVariable { get; init; }
}
