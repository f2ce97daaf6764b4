using SocialInsurance.Workflows.Deployment;

namespace SocialInsurance.Workflows.Decisions.Deployment;

public interface IDecisionRepository : IDeployedDefinitions<DecisionDefinition>
{
    /// <summary>The newest version deployed at or before <paramref name="at"/> (binding <c>deployment</c>).</summary>
    Task<DecisionDefinition?> LatestDeployedAtAsync(string key, DateTimeOffset at, CancellationToken ct);
}
