using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// An error ends what threw it, so its boundary event always interrupts (BPMN has no non-interrupting error
/// boundary). An escalation is thrown from inside a scope, so only a sub-process or a call activity (whose called
/// instance escalates, as in Camunda 7) can catch one on its boundary.
/// </summary>
internal sealed class ErrorEventRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        foreach (var boundary in draft.Nodes.OfType<BoundaryEvent>())
        {
            if (boundary.Definition is ErrorDefinition && !boundary.CancelActivity)
                yield return Issues.For(boundary, "error-boundary-not-interrupting",
                    "Expected an error boundary event to interrupt (cancelActivity=\"true\"), but it is non-interrupting");
            if (boundary.Definition is EscalationDefinition && draft.FindNode(boundary.AttachedToId) is { } activity and not (SubProcess or CallActivity or UnsupportedElement))
                yield return Issues.For(boundary, "invalid-attachment",
                    $"Expected an escalation boundary event on a sub-process or call activity (escalations are thrown from inside one), but '{activity.Id}' is {Issues.Article(activity.ElementType)}");
        }
    }
}
