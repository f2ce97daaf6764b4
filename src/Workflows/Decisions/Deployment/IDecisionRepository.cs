namespace SocialInsurance.Workflows.Decisions.Deployment;

public interface IDecisionRepository
{
    Task<DecisionDefinition?> FindAsync(string id, CancellationToken ct);
    Task<DecisionDefinition?> FindByHashAsync(string key, string contentHash, CancellationToken ct);
    Task<DecisionDefinition?> PublishedAsync(string key, CancellationToken ct);

    /// <summary>The newest version deployed at or before <paramref name="at"/> (binding <c>deployment</c>).</summary>
    Task<DecisionDefinition?> LatestDeployedAtAsync(string key, DateTimeOffset at, CancellationToken ct);
    Task<int> LatestVersionAsync(string key, CancellationToken ct);
    Task<IReadOnlyList<DecisionDefinition>> VersionsAsync(string key, CancellationToken ct);
    Task<IReadOnlyList<DecisionDefinition>> LatestOfEachKeyAsync(CancellationToken ct);

    /// <summary>Adds a version and, when asked, publishes it, unpublishing the key's other versions in the same transaction.</summary>
    Task AddAsync(DecisionDefinition definition, bool publish, CancellationToken ct);
    Task<bool> PublishAsync(string key, int version, DateTimeOffset at, CancellationToken ct);
}
