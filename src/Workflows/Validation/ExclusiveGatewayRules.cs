using SocialInsurance.Workflows.Model.Gateways;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// Resolved at deploy so the gateway never has to guess: with several ways out, each one is chosen by a condition
/// or is the default.
/// </summary>
internal sealed class ExclusiveGatewayRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        // An inclusive gateway takes a flow without a condition always, so only its default flow needs checking.
        foreach (var gateway in draft.Nodes.OfType<InclusiveGateway>())
            if (gateway.DefaultFlowId is { } defaultId && !gateway.Outgoing.Contains(defaultId))
                yield return Issues.For(gateway, "invalid-default-flow",
                    $"Expected the default flow '{defaultId}' to be an outgoing flow of the gateway, but it is not");

        foreach (var gateway in draft.Nodes.OfType<ExclusiveGateway>())
        {
            if (gateway.DefaultFlowId is { } defaultId && !gateway.Outgoing.Contains(defaultId))
                yield return Issues.For(gateway, "invalid-default-flow",
                    $"Expected the default flow '{defaultId}' to be an outgoing flow of the gateway, but it is not");

            if (gateway.Outgoing.Count <= 1)
                continue;
            foreach (var flow in draft.Flows.Where(f => gateway.Outgoing.Contains(f.Id)))
                if (flow.Condition is null && flow.Id != gateway.DefaultFlowId)
                    yield return Issues.For(flow, "missing-condition", "Must have a condition or be default flow");
        }
    }
}
