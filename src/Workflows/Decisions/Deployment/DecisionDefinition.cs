namespace SocialInsurance.Workflows.Decisions.Deployment;

/// <summary>
/// One immutable deployed version of a decision, as <c>ProcessDefinition</c> is for a process: keyed by the decision's
/// id, content-hashed (the same file is never deployed twice for a key), at most one version published. The whole
/// DMN file is kept, so the decision's required decisions are always the ones deployed beside it.
/// </summary>
public sealed class DecisionDefinition
{
    /// <summary><c>{key}:{version}</c>.</summary>
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
