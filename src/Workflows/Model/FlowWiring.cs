using SocialInsurance.Workflows.Model.Gateways;

namespace SocialInsurance.Workflows.Model;

/// <summary>
/// Resolves the ids a parser draft links its nodes and flows by into references (Zeebe's executable model: a gateway
/// holds its outgoing and default flows, a flow its target). Works on copies, so the draft that was validated stays
/// as it was; the copies are set once here and never change afterwards, like the rest of a compiled model.
/// </summary>
internal static class FlowWiring
{
    public static (FlowNode[] Nodes, SequenceFlow[] Flows) Wire(IEnumerable<FlowNode> draftNodes, IEnumerable<SequenceFlow> draftFlows)
    {
        var nodes = draftNodes.Select(n => n with { }).ToArray();
        var flows = draftFlows.Select(f => f with { }).ToArray();
        var nodesById = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var flowsById = flows.ToDictionary(f => f.Id, StringComparer.Ordinal);
        foreach (var flow in flows)
        {
            flow.Target = nodesById.TryGetValue(flow.TargetId, out var target)
                ? target
                : throw new InvalidOperationException($"Expected the target '{flow.TargetId}' of sequence flow '{flow.Id}' in the model, but it is not there.");
        }

        foreach (var node in nodes)
        {
            node.OutgoingFlows = node.Outgoing.Select(id => flowsById[id]).ToArray();
            switch (node)
            {
                case ExclusiveGateway { DefaultFlowId: { } id } exclusive:
                    exclusive.DefaultFlow = flowsById[id];
                    break;
                case InclusiveGateway { DefaultFlowId: { } id } inclusive:
                    inclusive.DefaultFlow = flowsById[id];
                    break;
            }
        }

        return (nodes, flows);
    }
}
