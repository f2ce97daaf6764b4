using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Gateways;

namespace SocialInsurance.Workflows.Execution.Elements.Gateways;

/// <summary>The first flow in document order whose condition holds; else the default flow; else an incident.</summary>
public sealed class ExclusiveGatewayHandler : IElementHandler
{
    public Task ActivateAsync(ElementContext context)
    {
        var gateway = context.NodeAs<ExclusiveGateway>();
        SequenceFlow? chosen = null;
        foreach (var flow in gateway.OutgoingFlows)
        {
            if (flow.Id == gateway.DefaultFlowId)
            {
                continue;
            }

            if (flow.Condition is null || context.Expressions.EvaluateCondition(flow.Condition, context.Variables.ScopeFor(context.Token)))
            {
                chosen = flow;
                break;
            }
        }

        chosen ??= gateway.DefaultFlow;
        if (chosen is null)
        {
            throw new IncidentException(IncidentCodes.NoOutgoingFlow.Cause(
                $"Expected at least one condition of exclusive gateway '{gateway.Id}' to hold or a default flow, but no condition held and there is no default flow."));
        }

        return context.Tokens.LeaveAsync(context.Token, gateway, [chosen]);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected no wait state on exclusive gateway '{context.Node.Id}'.");
}
