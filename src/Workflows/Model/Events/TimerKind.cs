namespace SocialInsurance.Workflows.Model.Events;

public enum TimerKind
{
    /// <summary>ISO 8601 duration (<c>PT10M</c>, <c>P10D</c>), from the moment the timer is armed.</summary>
    Duration,
    /// <summary>ISO 8601 date-time.</summary>
    Date,
    /// <summary>ISO 8601 repeating interval (<c>R3/PT1H</c>, <c>R/P1D</c>); fires repeatedly on non-interrupting boundaries.</summary>
    Cycle,
}
