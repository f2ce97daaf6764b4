namespace SocialInsurance.Api.Infrastructure.Forms;

/// <summary>
/// One immutable deployed version of a form-js schema. The key is the file name that <c>camunda:formKey</c> names
/// (<c>review-application.form</c>). The same content (SHA-256 of the compact JSON, so re-indenting a file is not a
/// change) is never stored twice for a key.
/// </summary>
public sealed class FormDefinition
{
    /// <summary><c>{key}:{version}</c>, as for process definitions.</summary>
    public required string Id { get; init; }
    public required string Key { get; init; }
    public int Version { get; init; }
    public required string ContentHash { get; init; }
    public required string SchemaJson { get; init; }
    public string? Source { get; init; }
    public DateTimeOffset DeployedAt { get; init; }
    public string? DeployedBy { get; init; }

    public static string IdFor(string key, int version) => $"{key}:{version}";
}
