namespace SocialInsurance.Api.Infrastructure.Materials;

/// <summary>One uploaded file in the database store: the bytes, and their length so limits are summed without reading them.</summary>
public sealed class StoredMaterialFile
{
    public required Guid ApplicationId { get; init; }
    public required string MaterialId { get; init; }
    public required long Size { get; init; }
    /// <summary>The first bytes of <see cref="Content"/>: a task's material list shows the type without reading the files.</summary>
    public required byte[] Head { get; init; }

    public required byte[] Content { get; init; }
    public required DateTimeOffset StoredAt { get; init; }
}
