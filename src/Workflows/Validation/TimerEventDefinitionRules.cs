using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Validation;

/// <summary>A literal timer is checked now; a malformed one would otherwise fail when the case reaches it.</summary>
internal sealed class TimerEventDefinitionRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        foreach (var node in draft.Nodes)
        {
            var timer = node switch
            {
                IntermediateCatchEvent { Definition: TimerDefinition t } => t,
                BoundaryEvent { Definition: TimerDefinition t } => t,
                StartEvent { Definition: TimerDefinition t } => t,
                _ => null,
            };
            if (timer is null || TimerTexts.IsExpression(timer.Expression) || IsValid(timer))
                continue;
            yield return Issues.For(node, "invalid-timer", timer.Kind switch
            {
                TimerKind.Duration => $"Expected an ISO 8601 duration such as PT10M or P10D, but found '{timer.Expression}'",
                TimerKind.Date => $"Expected an ISO 8601 date-time such as 2025-01-31T09:00:00+08:00, but found '{timer.Expression}'",
                _ => $"Expected an ISO 8601 repeating interval such as R3/PT1H, but found '{timer.Expression}'",
            });
        }
    }

    private static bool IsValid(TimerDefinition timer) => timer.Kind switch
    {
        TimerKind.Duration => TimerTexts.IsDuration(timer.Expression),
        TimerKind.Date => TimerTexts.IsDate(timer.Expression),
        _ => TimerTexts.IsCycle(timer.Expression),
    };
}
