using SocialInsurance.Workflows.Decisions.Evaluation;
using SocialInsurance.Workflows.Forms.Feel;

namespace SocialInsurance.Workflows.Decisions.Deployment;

/// <summary>Finds the version a caller asks for and evaluates it: the business rule task and the admin's evaluate route share this.</summary>
public sealed class DecisionService(IDecisionRepository decisions, DecisionCache cache)
{
    /// <summary>The deployed version for a binding, or null when there is none.</summary>
    public async Task<DecisionDefinition?> ResolveAsync(string key, DecisionBinding binding, int? version, DateTimeOffset? processDeployedAt, CancellationToken ct) =>
        binding switch
        {
            DecisionBinding.Version when version is { } v => await decisions.FindAsync(DecisionDefinition.IdFor(key, v), ct),
            DecisionBinding.Deployment when processDeployedAt is { } at => await decisions.LatestDeployedAtAsync(key, at, ct),
            _ => await decisions.PublishedAsync(key, ct),
        };

    public DecisionResult Evaluate(DecisionDefinition definition, Func<string, object?> variables) =>
        DecisionEvaluator.Evaluate(cache.Get(definition), definition.Key, variables);

    public DecisionResult Evaluate(DecisionDefinition definition, System.Text.Json.Nodes.JsonObject variables) =>
        Evaluate(definition, FeelValues.Resolver(variables));
}
