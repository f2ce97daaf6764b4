using System.Globalization;
using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Decisions.Deployment;
using SocialInsurance.Workflows.Decisions.Evaluation;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Forms.Feel;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Execution.Elements.Tasks;

/// <summary>
/// Evaluates the decision and stores its mapped result. A decision that is not deployed, or that cannot give a
/// result (a UNIQUE table with two hits, a value of the wrong type, a result that does not fit the mapping), fails
/// the element: an incident the administrator resolves by fixing the table or the variables and retrying.
/// </summary>
public sealed class BusinessRuleTaskHandler(DecisionService decisions, IDefinitionRepository processes) : IElementHandler
{
    public async Task ActivateAsync(ElementContext context)
    {
        var node = context.NodeAs<BusinessRuleTask>();
        var deployedAt = node.Binding == DecisionBinding.Deployment
            ? (await processes.FindAsync(context.Instance.DefinitionId, CancellationToken.None))?.DeployedAt
            : null;
        var definition = await decisions.ResolveAsync(node.DecisionRef, node.Binding, node.Version, deployedAt, CancellationToken.None)
            ?? throw new IncidentException(Missing(node));

        JsonNode? mapped;
        try
        {
            var result = decisions.Evaluate(definition, FeelValues.Resolver(context.Variables.ScopeFor(context.Token)));
            mapped = DecisionResultMappings.Map(result, node.MapDecisionResult);
        }
        catch (DecisionEvaluationException e)
        {
            throw new IncidentException(IncidentCodes.DecisionFailed.Cause(
                $"Decision '{definition.Id}' of business rule task '{node.Id}' failed: {e.Message}", node.DecisionRef, e.Message));
        }

        if (node.ResultVariable is { } name)
        {
            context.Variables.Set(context.Token, name, mapped);
        }

        await context.Tokens.LeaveAsync(context.Token, node);
    }

    public Task ResumeAsync(ElementContext context, Bookmark bookmark, JsonObject? payload) =>
        throw new InvalidOperationException($"Expected no wait state on business rule task '{context.Node.Id}'.");

    private static IncidentCause Missing(BusinessRuleTask node) => node.Binding switch
    {
        DecisionBinding.Version => IncidentCodes.DecisionVersionMissing.Cause(
            $"Expected version {node.Version} of decision '{node.DecisionRef}' for business rule task '{node.Id}', but it is not deployed",
            node.DecisionRef, node.Version?.ToString(CultureInfo.InvariantCulture)),
        DecisionBinding.Deployment => IncidentCodes.DecisionDeploymentMissing.Cause(
            $"Expected a version of decision '{node.DecisionRef}' deployed before this process version for business rule task '{node.Id}', but there is none",
            node.DecisionRef),
        _ => IncidentCodes.DecisionMissing.Cause(
            $"Expected a published version of decision '{node.DecisionRef}' for business rule task '{node.Id}', but there is none", node.DecisionRef),
    };
}
