using System.Collections.Concurrent;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Model;

/// <summary>
/// Which nodes can still lead a token to a given node, along sequence flows, from an activity to its boundary events,
/// and from a link throw to its catch. Computed once per target and model, on first use (only inclusive joins ask).
/// </summary>
internal sealed class Reachability(ProcessModel model)
{
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _sourcesOf = new(StringComparer.Ordinal);

    public bool CanReach(string fromId, string targetId) => _sourcesOf.GetOrAdd(targetId, Compute).Contains(fromId);

    private IReadOnlySet<string> Compute(string targetId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { targetId };
        var pending = new Stack<string>([targetId]);
        while (pending.TryPop(out var id))
        {
            var node = model.Node(id);
            var predecessors = node.Incoming.Select(f => model.Flow(f).SourceId);
            if (node is BoundaryEvent boundary)
                predecessors = predecessors.Append(boundary.AttachedToId);
            if (node is IntermediateCatchEvent { Definition: LinkDefinition link })
                predecessors = predecessors.Concat(model.Nodes.OfType<IntermediateThrowEvent>()
                    .Where(t => t.ScopeId == node.ScopeId && t.Link?.Name == link.Name).Select(t => t.Id));
            foreach (var predecessor in predecessors)
                if (seen.Add(predecessor))
                    pending.Push(predecessor);
        }

        return seen;
    }
}
