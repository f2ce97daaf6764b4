namespace SocialInsurance.Workflows.Deployment;

public interface IDefinitionRepository
{
    Task<ProcessDefinition?> FindAsync(string id, CancellationToken ct);
    Task<ProcessDefinition?> FindByHashAsync(string key, string contentHash, CancellationToken ct);
    Task<ProcessDefinition?> PublishedAsync(string key, CancellationToken ct);
    Task<int> LatestVersionAsync(string key, CancellationToken ct);
    Task<IReadOnlyList<ProcessDefinition>> VersionsAsync(string key, CancellationToken ct);
    Task<IReadOnlyList<ProcessDefinition>> LatestOfEachKeyAsync(CancellationToken ct);
    Task<IReadOnlyList<ProcessDefinition>> PublishedWithMessageStartAsync(CancellationToken ct);

    /// <summary>Adds a version and, when asked, publishes it, unpublishing the key's other versions in the same transaction.</summary>
    Task AddAsync(ProcessDefinition definition, bool publish, CancellationToken ct);
    Task<bool> PublishAsync(string key, int version, DateTimeOffset at, CancellationToken ct);
    Task<bool> RetractAsync(string key, CancellationToken ct);
}
