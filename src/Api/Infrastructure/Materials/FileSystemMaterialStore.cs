namespace SocialInsurance.Api.Infrastructure.Materials;

/// <summary>
/// Files at <c>&lt;root&gt;/&lt;applicationId&gt;/&lt;materialId&gt;</c>. The path is built from two ids the service
/// generates; <see cref="MaterialFiles"/> refuses any other material id before it gets here. Shared across nodes only
/// if <paramref name="root"/> is one volume (NFS, a cluster file system) that every node mounts at that path.
/// </summary>
public sealed class FileSystemMaterialStore(string root) : IMaterialStore
{
    public string Root { get; } = Path.GetFullPath(root);

    public async Task SaveAsync(Guid applicationId, string materialId, byte[] content, CancellationToken ct)
    {
        var folder = FolderOf(applicationId);
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, materialId), content, ct);
    }

    public async Task<byte[]?> ReadAsync(Guid applicationId, string materialId, CancellationToken ct)
    {
        var path = Path.Combine(FolderOf(applicationId), materialId);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : null;
    }

    public async Task<MaterialHead?> HeadAsync(Guid applicationId, string materialId, CancellationToken ct)
    {
        var file = new FileInfo(Path.Combine(FolderOf(applicationId), materialId));
        if (!file.Exists)
        {
            return null;
        }

        var head = new byte[MaterialStores.HeadLength];
        await using var stream = file.OpenRead();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        return new MaterialHead(file.Length, head[..read]);
    }

    public Task<long> BytesOfAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken ct) =>
        Task.FromResult(applicationIds.Sum(id =>
        {
            var folder = new DirectoryInfo(FolderOf(id));
            return folder.Exists ? folder.EnumerateFiles().Sum(f => f.Length) : 0;
        }));

    public Task DeleteAsync(Guid applicationId, string materialId, CancellationToken ct)
    {
        File.Delete(Path.Combine(FolderOf(applicationId), materialId));
        return Task.CompletedTask;
    }

    public Task DeleteAllAsync(Guid applicationId, CancellationToken ct)
    {
        var folder = FolderOf(applicationId);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    private string FolderOf(Guid applicationId) => Path.Combine(Root, applicationId.ToString("D"));
}
