using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// Compensation as Camunda 7 parses it: a compensation boundary event leaves by no flow and points, by association,
/// to an <c>isForCompensation</c> activity of its own scope; that handler has no sequence flows (only compensation
/// runs it); a throw's <c>activityRef</c> names an activity of the throw's scope (for a throw inside an event
/// sub-process, also of the scope around it, which is the one it compensates).
/// </summary>
internal sealed class CompensationRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        foreach (var boundary in draft.Nodes.OfType<BoundaryEvent>().Where(b => b.Definition is CompensationDefinition))
        {
            foreach (var issue in CheckBoundary(draft, boundary))
                yield return issue;
        }

        foreach (var handler in draft.Nodes.Where(n => n.IsForCompensation))
        {
            if (handler.Incoming.Count + handler.Outgoing.Count > 0)
                yield return Issues.For(handler, "compensation-handler-flow",
                    $"Expected no sequence flows on a compensation handler (compensation starts it and it ends by itself), but found {handler.Incoming.Count + handler.Outgoing.Count}");
        }

        foreach (var (thrower, definition) in Throws(draft))
        {
            if (definition.ActivityRef is not { } reference)
                continue;
            var target = draft.FindNode(reference);
            if (target is null || target is BoundaryEvent or StartEvent or EndEvent or IntermediateCatchEvent or IntermediateThrowEvent
                || target is Model.Gateways.ExclusiveGateway or Model.Gateways.ParallelGateway or Model.Gateways.InclusiveGateway or Model.Gateways.EventBasedGateway)
            {
                yield return Issues.For(thrower, "compensation-activity-ref",
                    $"Expected activityRef to name an activity, but '{reference}' is not one");
            }
            else if (!ScopesOf(draft, thrower).Contains(target.ScopeId))
            {
                yield return Issues.For(thrower, "compensation-activity-ref",
                    $"Expected activityRef '{reference}' to be in the same scope as the compensation throw (compensation never reaches into or out of another sub-process), but it is not");
            }
        }
    }

    private static IEnumerable<ValidationIssue> CheckBoundary(ProcessDraft draft, BoundaryEvent boundary)
    {
        if (boundary.Outgoing.Count > 0)
            yield return Issues.For(boundary, "boundary-outgoing",
                $"Expected no outgoing sequence flow on a compensation boundary event (its handler is reached by an association), but found {boundary.Outgoing.Count}");

        var handlerId = ((CompensationDefinition)boundary.Definition).HandlerId;
        if (handlerId is null || draft.FindNode(handlerId) is not { } handler)
        {
            yield return Issues.For(boundary, "compensation-handler",
                $"Expected the association to point to an activity of this process, but '{handlerId}' is not one");
            yield break;
        }

        if (handler is UnsupportedElement)
            yield break;
        if (!handler.IsForCompensation || handler is BoundaryEvent or StartEvent or EndEvent or IntermediateCatchEvent or IntermediateThrowEvent or EventSubProcess)
            yield return Issues.For(boundary, "compensation-handler",
                $"Expected the compensation handler '{handler.Id}' to be an activity with isForCompensation=\"true\", but it is {Issues.Article(handler.ElementType)} without it");
        else if (handler.ScopeId != boundary.ScopeId)
            yield return Issues.For(boundary, "compensation-handler",
                $"Expected the compensation handler '{handler.Id}' to be in the same scope as the boundary event, but it is not");
    }

    private static IEnumerable<(FlowNode Thrower, CompensationDefinition Definition)> Throws(ProcessDraft draft)
    {
        foreach (var node in draft.Nodes)
        {
            if (node is IntermediateThrowEvent { Compensation: { } thrown })
                yield return (node, thrown);
            else if (node is EndEvent { Compensation: { } ended })
                yield return (node, ended);
        }
    }

    /// <summary>The scope a throw compensates, and each scope around it while the scope is an event sub-process.</summary>
    private static List<string?> ScopesOf(ProcessDraft draft, FlowNode thrower)
    {
        var scopes = new List<string?> { thrower.ScopeId };
        for (var scope = thrower.ScopeId; scope is not null && draft.FindNode(scope) is EventSubProcess eventSubProcess;
             scope = eventSubProcess.ScopeId)
            scopes.Add(eventSubProcess.ScopeId);
        return scopes;
    }
}
