namespace SocialInsurance.Workflows.Model.Events;

/// <summary><see cref="Expression"/> is the ISO 8601 text, or a <c>${...}</c> expression evaluated when the timer is armed.</summary>
public sealed record TimerDefinition(TimerKind Kind, string Expression) : EventDefinition;
