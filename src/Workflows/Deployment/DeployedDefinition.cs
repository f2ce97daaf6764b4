using System.Diagnostics.CodeAnalysis;

namespace SocialInsurance.Workflows.Deployment;

/// <summary>
/// One immutable deployed version of a model (a process or a decision): keyed by the model's id, content-hashed by
/// SHA-256 so the same content is never deployed twice for a key, at most one version per key published.
/// </summary>
public abstract class DeployedDefinition
{
    /// <summary>For EF Core's materialisation.</summary>
    protected DeployedDefinition()
    {
    }

    [SetsRequiredMembers]
    protected DeployedDefinition(NewVersion version, DateTimeOffset now)
    {
        Id = IdFor(version.Key, version.Version);
        Key = version.Key;
        Version = version.Version;
        Name = version.Name;
        ContentHash = version.ContentHash;
        Xml = version.Xml;
        Source = version.Source;
        DeployedAt = now;
        DeployedBy = version.DeployedBy;
        IsPublished = version.Publish;
        PublishedAt = version.Publish ? now : null;
    }

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

    /// <summary>What a deployment knows of a version it is about to add.</summary>
    public sealed record NewVersion(string Key, int Version, string? Name, string ContentHash, string Xml, string? Source, string? DeployedBy, bool Publish);
}
