using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Gateways;

namespace SocialInsurance.Workflows.Validation;

/// <summary>The gateway arms the catch events that follow it, so every way out must be a timer or message catch.</summary>
internal sealed class EventBasedGatewayRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        foreach (var gateway in draft.Nodes.OfType<EventBasedGateway>())
        {
            if (gateway.Outgoing.Count < 2)
                yield return Issues.For(gateway, "event-gateway-outgoing",
                    $"Expected at least two outgoing sequence flows, but found {gateway.Outgoing.Count}");

            foreach (var flow in draft.Flows.Where(f => gateway.Outgoing.Contains(f.Id)))
            {
                if (flow.Condition is not null)
                    yield return Issues.For(flow, "event-gateway-condition",
                        "Expected no condition on a flow leaving an event-based gateway, but it has one");
                if (draft.FindNode(flow.TargetId) is { } target and not (IntermediateCatchEvent or UnsupportedElement))
                    yield return Issues.For(flow, "event-gateway-target",
                        "Expected the target of an event-based gateway to be an intermediate timer or message catch event, " +
                        $"but '{target.Id}' is {Issues.Article(target.ElementType)}");
            }
        }
    }
}
