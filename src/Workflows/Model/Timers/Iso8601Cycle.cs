namespace SocialInsurance.Workflows.Model.Timers;

/// <summary>
/// An ISO 8601 repeating interval as BPMN's <c>timeCycle</c> uses it: <c>R3/PT10S</c>, <c>R/P1D</c>,
/// <c>R2/2026-01-01T00:00:00Z/PT1H</c>.
/// </summary>
/// <param name="Repetitions">How many times the timer fires in all; <see langword="null"/> for ever.</param>
/// <param name="Start">
/// When the first firing is due; <see langword="null"/> when the first one is one <paramref name="Interval"/> after
/// the timer is armed.
/// </param>
/// <param name="Interval">Always positive: a zero interval would fire without pause.</param>
public sealed record Iso8601Cycle(int? Repetitions, DateTimeOffset? Start, Iso8601Duration Interval);
