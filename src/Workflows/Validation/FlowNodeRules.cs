using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// Connectivity every node shares. A node no token can reach is almost always a modelling slip (a flow drawn to the
/// wrong element), and a node without outgoing flows other than an end event would end its token silently.
/// </summary>
internal sealed class FlowNodeRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        var reachable = Reachable(draft);
        foreach (var node in draft.Nodes.Where(n => n is not UnsupportedElement))
        {
            // A link catch is entered by its throw, and a link throw leaves through its catch, not by flows.
            // A compensation handler is entered by compensation and leaves by none (CompensationRules insists).
            var entered = node.IsForCompensation
                || node is StartEvent or BoundaryEvent or EventSubProcess or IntermediateCatchEvent { Definition: LinkDefinition };
            if (!entered && node.Incoming.Count == 0)
                yield return Issues.For(node, "missing-incoming",
                    "Expected at least one incoming sequence flow, but found none");
            else if (!entered && !reachable.Contains(node.Id))
                yield return Issues.For(node, "unreachable",
                    "Expected to be reachable from a start event, but no path leads here");

            // Boundary events have their own, stricter rule (exactly one outgoing).
            if (!node.IsForCompensation && node is not (EndEvent or BoundaryEvent or EventSubProcess or IntermediateThrowEvent { Link: not null }) && node.Outgoing.Count == 0)
                yield return Issues.For(node, "missing-outgoing",
                    "Expected at least one outgoing sequence flow, but found none");
        }
    }

    private static HashSet<string> Reachable(ProcessDraft draft)
    {
        // Lookups up front: a document may hold up to MaxElements nodes, and scanning per node would be quadratic.
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var flow in draft.Flows)
            targets.TryAdd(flow.Id, flow.TargetId);
        var boundaries = draft.Nodes.OfType<BoundaryEvent>().ToLookup(b => b.AttachedToId, b => b.Id, StringComparer.Ordinal);
        var starts = draft.Nodes.OfType<StartEvent>().Where(s => s.ScopeId is not null)
            .ToLookup(s => s.ScopeId!, s => s.Id, StringComparer.Ordinal);
        var linkCatches = draft.Nodes.OfType<IntermediateCatchEvent>()
            .Where(c => c.Definition is LinkDefinition)
            .ToLookup(c => (c.ScopeId, ((LinkDefinition)c.Definition).Name), c => c.Id);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Unsupported elements are roots too: they are reported already, and whatever follows a rejected timer start
        // event is not "unreachable" in the modeler's eyes.
        var pending = new Stack<FlowNode>(draft.ChildrenOf(null).OfType<StartEvent>()
            .Concat(draft.Nodes.Where(n => n is UnsupportedElement or EventSubProcess)));
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node.Id))
                continue;
            var next = node.Outgoing
                .Select(id => targets.GetValueOrDefault(id))
                .Concat(boundaries[node.Id])
                .Concat(starts[node.Id])
                .Concat(node is IntermediateThrowEvent { Link: { } link } ? linkCatches[(node.ScopeId, link.Name)] : []);
            foreach (var id in next)
                if (id is not null && draft.FindNode(id) is { } target)
                    pending.Push(target);
        }
        return seen;
    }
}
