using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// A boundary event is entered only by its trigger, and leaves by exactly one flow so that "what happens on escalation"
/// has one answer. Only activities that can be waiting (or running a scope) can be interrupted.
/// </summary>
internal sealed class BoundaryEventRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        foreach (var boundary in draft.Nodes.OfType<BoundaryEvent>())
        {
            var activity = draft.FindNode(boundary.AttachedToId);
            if (activity is null)
                yield return Issues.For(boundary, "invalid-attachment",
                    $"Expected attachedToRef to name an activity of this process, but '{boundary.AttachedToId}' is not one");
            else if (activity is UnsupportedElement)
            {
                // Already reported where it is declared.
            }
            else if (activity is not (UserTask or ServiceTask or ScriptTask or SubProcess or SendTask or ReceiveTask or PassThroughTask or CallActivity))
                yield return Issues.For(boundary, "invalid-attachment",
                    $"Expected to be attached to a task or sub-process, but '{activity.Id}' is {Issues.Article(activity.ElementType)}");
            else if (activity.ScopeId != boundary.ScopeId)
                yield return Issues.For(boundary, "invalid-attachment",
                    $"Expected to be in the same scope as '{activity.Id}', but it is not");

            if (boundary.Incoming.Count > 0)
                yield return Issues.For(boundary, "boundary-incoming",
                    $"Expected no incoming sequence flow on a boundary event, but found {boundary.Incoming.Count}");
            // A compensation boundary event leaves by no flow: its handler is reached by an association (CompensationRules).
            if (boundary.Outgoing.Count != 1 && boundary.Definition is not CompensationDefinition)
                yield return Issues.For(boundary, "boundary-outgoing",
                    $"Expected exactly one outgoing sequence flow, but found {boundary.Outgoing.Count}");
        }
    }
}
