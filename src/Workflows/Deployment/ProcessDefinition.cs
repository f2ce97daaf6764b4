namespace SocialInsurance.Workflows.Deployment;

/// <summary>
/// One immutable deployed version of a process. The same content (by SHA-256) is never deployed twice for a key, so
/// redeploying an unchanged file at start-up creates nothing. At most one version per key is published: new
/// instances start on it, running instances stay on the version they started with.
/// </summary>
public sealed class ProcessDefinition
{
    /// <summary><c>{key}:{version}</c>, readable in logs and stable across databases.</summary>
    public required string Id { get; init; }
    public required string Key { get; init; }
    public int Version { get; init; }
    public string? Name { get; init; }
    public required string ContentHash { get; init; }
    public required string Xml { get; init; }
    public string? Source { get; init; }
    public DateTimeOffset DeployedAt { get; init; }
    public string? DeployedBy { get; init; }
    public bool IsPublished { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    public static string IdFor(string key, int version) => $"{key}:{version}";
}
