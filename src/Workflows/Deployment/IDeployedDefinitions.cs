namespace SocialInsurance.Workflows.Deployment;

/// <summary>
/// The versions of one kind of deployed model (processes, decisions): looked up by id, content hash or key, added
/// and published the same way for every kind, so a rule about versions (at most one published per key) lives once.
/// </summary>
public interface IDeployedDefinitions<T>
    where T : DeployedDefinition
{
    Task<T?> FindAsync(string id, CancellationToken ct);
    Task<T?> FindByHashAsync(string key, string contentHash, CancellationToken ct);
    Task<T?> PublishedAsync(string key, CancellationToken ct);
    Task<int> LatestVersionAsync(string key, CancellationToken ct);
    Task<IReadOnlyList<T>> VersionsAsync(string key, CancellationToken ct);
    Task<IReadOnlyList<T>> LatestOfEachKeyAsync(CancellationToken ct);

    /// <summary>Adds a version and, when asked, publishes it, unpublishing the key's other versions in the same transaction.</summary>
    Task AddAsync(T definition, bool publish, CancellationToken ct);
    Task<bool> PublishAsync(string key, int version, DateTimeOffset at, CancellationToken ct);
}
