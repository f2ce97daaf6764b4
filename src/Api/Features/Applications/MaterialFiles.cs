using SocialInsurance.Api.Infrastructure.Materials;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// Uploaded files, in whichever <see cref="IMaterialStore"/> the deployment configured (<c>Materials:Store</c>). Keys
/// are two ids we generate, never the client's file name (a material id that is not our 32-hex form is treated as
/// absent), and the content type is read back from the file's own magic bytes, so a file cannot choose how it is served.
/// </summary>
public sealed class MaterialFiles(IMaterialStore store)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>JPEG FF D8 FF, PNG 89 50 4E 47, PDF %PDF; anything else is refused.</summary>
    public static (string ContentType, string Extension)? Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? ("image/jpeg", ".jpg")
        : head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? ("image/png", ".png")
        : head.StartsWith("%PDF"u8) ? ("application/pdf", ".pdf")
        : null;

    public Task SaveAsync(Guid applicationId, string materialId, byte[] content, CancellationToken ct) =>
        IsOurs(materialId)
            ? store.SaveAsync(applicationId, materialId, content, ct)
            : throw new ArgumentException($"Expected a material id of 32 hex digits, but got '{materialId}'.", nameof(materialId));

    /// <summary>Bytes stored for these applications together.</summary>
    public Task<long> BytesOfAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken ct) => store.BytesOfAsync(applicationIds, ct);

    public async Task<long> SizeOfAsync(Guid applicationId, string materialId, CancellationToken ct) =>
        IsOurs(materialId) && await store.HeadAsync(applicationId, materialId, ct) is { } head ? head.Size : 0;

    /// <summary>Type (from the magic bytes) and size, without reading the file; null when it is missing.</summary>
    public async Task<(string? ContentType, long Size)?> DescribeAsync(Guid applicationId, string materialId, CancellationToken ct) =>
        IsOurs(materialId) && await store.HeadAsync(applicationId, materialId, ct) is { } head
            ? (Sniff(head.Head)?.ContentType, head.Size)
            : null;

    /// <summary>
    /// Removes a file the aggregate no longer lists. Called after the save that dropped it, so a crash in between leaves
    /// an unlisted file (never served, counted against the limits) rather than a listed material without its file.
    /// </summary>
    public Task DeleteAsync(Guid applicationId, string materialId, CancellationToken ct) =>
        IsOurs(materialId) ? store.DeleteAsync(applicationId, materialId, ct) : Task.CompletedTask;

    /// <summary>Removes every file of an application (a draft withdrawn before anyone else saw it).</summary>
    public Task DeleteAllAsync(Guid applicationId, CancellationToken ct) => store.DeleteAllAsync(applicationId, ct);

    public async Task<(byte[] Content, string ContentType)?> ReadAsync(Guid applicationId, string materialId, CancellationToken ct) =>
        IsOurs(materialId) && await store.ReadAsync(applicationId, materialId, ct) is { } content && Sniff(content) is { } type
            ? (content, type.ContentType)
            : null;

    private static bool IsOurs(string materialId) => Guid.TryParseExact(materialId, "N", out _);
}
