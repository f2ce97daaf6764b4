namespace SocialInsurance.Workflows.Model.Events;

/// <summary>
/// A BPMN escalation: thrown by an escalation throw or end event, caught by an escalation boundary event on an
/// enclosing sub-process (every code when <see cref="EscalationCode"/> is null). Unlike an error it may be
/// non-interrupting, and one nobody catches is ignored, as in Camunda 7.
/// </summary>
public sealed record EscalationDefinition(string? EscalationCode) : EventDefinition
{
    public string? CodeVariable { get; init; }
}
