namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// Uploaded files on disk at <c>&lt;Data:Folder&gt;/materials/&lt;applicationId&gt;/&lt;materialId&gt;</c>. The path is built
/// from two ids we generate, never from the client's file name, and the content type is read back from the file's
/// own magic bytes, so a file cannot choose how it is served.
/// </summary>
public sealed class MaterialFiles(IConfiguration configuration)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private readonly string _root = Path.GetFullPath(Path.Combine(configuration["Data:Folder"] ?? "data", "materials"));

    /// <summary>JPEG FF D8 FF, PNG 89 50 4E 47, PDF %PDF; anything else is refused.</summary>
    public static (string ContentType, string Extension)? Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? ("image/jpeg", ".jpg")
        : head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? ("image/png", ".png")
        : head.StartsWith("%PDF"u8) ? ("application/pdf", ".pdf")
        : null;

    public async Task SaveAsync(Guid applicationId, string materialId, byte[] content, CancellationToken ct)
    {
        var folder = Path.Combine(_root, applicationId.ToString("D"));
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, materialId), content, ct);
    }

    /// <summary>Bytes on disk for one application (0 when it has no folder).</summary>
    public long BytesOf(Guid applicationId)
    {
        var folder = new DirectoryInfo(Path.Combine(_root, applicationId.ToString("D")));
        return folder.Exists ? folder.EnumerateFiles().Sum(f => f.Length) : 0;
    }

    public long SizeOf(Guid applicationId, string materialId) =>
        PathOf(applicationId, materialId) is { } path && File.Exists(path) ? new FileInfo(path).Length : 0;

    /// <summary>
    /// Removes a file the aggregate no longer lists. Called after the save that dropped it, so a crash in between leaves
    /// an unlisted file (never served, counted against the limits) rather than a listed material without its file.
    /// </summary>
    public void Delete(Guid applicationId, string materialId)
    {
        if (PathOf(applicationId, materialId) is { } path)
        {
            File.Delete(path);
        }
    }

    /// <summary>Removes every file of an application (a draft withdrawn before anyone else saw it).</summary>
    public void DeleteAll(Guid applicationId)
    {
        var folder = Path.Combine(_root, applicationId.ToString("D"));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public async Task<(byte[] Content, string ContentType)?> ReadAsync(Guid applicationId, string materialId, CancellationToken ct)
    {
        if (!Guid.TryParseExact(materialId, "N", out _))
        {
            return null;
        }

        var path = Path.Combine(_root, applicationId.ToString("D"), materialId);
        if (!File.Exists(path))
        {
            return null;
        }

        var content = await File.ReadAllBytesAsync(path, ct);
        return Sniff(content) is { } type ? (content, type.ContentType) : null;
    }

    private string? PathOf(Guid applicationId, string materialId) =>
        Guid.TryParseExact(materialId, "N", out _) ? Path.Combine(_root, applicationId.ToString("D"), materialId) : null;
}
