using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Elements.Tasks;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Execution.Elements.Events;

/// <summary>
/// None: passes through. Message: runs its implementation like a send task first (none: passes through, as in
/// Camunda 7). Escalation: throws, and continues unless an interrupting boundary event ended its scope. Compensation: starts the
/// handlers of its scope's completed activities and continues once they have all ended. Link: completes and continues at the catch event of the same name in its scope, without a flow.
/// </summary>
public sealed class IntermediateThrowEventHandler(ServiceTaskHandler topics) : IElementHandler
{
    public async Task ActivateAsync(ElementContext context)
    {
        var node = context.NodeAs<IntermediateThrowEvent>();
        if (node.Implementation is { } implementation)
        {
            await topics.CallAsync(context, implementation);
        }

        if (node.Escalation is { EscalationCode: { } code } && !await context.Throws.EscalationAsync(context.Token, node, code))
        {
            return;
        }

        if (node.Signal is { } signal)
        {
            await context.Throws.SignalAsync(context.Token, node, signal);
        }

        // Compensation: the token waits for the handlers it started and is left when the last one ends.
        if (node.Compensation is { } compensation && await context.Throws.CompensationAsync(context.Token, node, compensation))
        {
            return;
        }

        if (node.Link is { } link)
        {
            var target = context.Instance.Model.LinkCatch(node.ScopeId, link.Name)
                ?? throw new IncidentException(IncidentCodes.LinkTargetMissing.Cause(
                    $"Expected a link catch event named '{link.Name}' for '{node.Id}', but there is none.", link.Name));
            // The next token exists before this one leaves, so the scope is not mistaken for finished.
            var next = context.Tokens.Create(target.Id, context.Token.ParentId);
            await context.Tokens.LeaveAsync(context.Token, node, flows: []);
            context.Tokens.Arrive(next, target);
            return;
        }

        await context.Tokens.LeaveAsync(context.Token, node);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected no wait state on intermediate throw event '{context.Node.Id}'.");
}
