namespace SocialInsurance.Api.Infrastructure.Materials;

/// <summary>
/// Where the bytes of uploaded materials live, keyed by two ids the service generates (never a client's file name).
/// Every node of a deployment must reach the same store: a reviewer's download may land on another node than the
/// applicant's upload. <see cref="DatabaseMaterialStore"/> is shared by construction (the default on PostgreSQL);
/// <see cref="FileSystemMaterialStore"/> is shared only when its folder is a volume every node mounts.
/// </summary>
public interface IMaterialStore
{
    Task SaveAsync(Guid applicationId, string materialId, byte[] content, CancellationToken ct);

    /// <summary>The whole file, or null when there is none.</summary>
    Task<byte[]?> ReadAsync(Guid applicationId, string materialId, CancellationToken ct);

    /// <summary>Size and first bytes (enough to tell the type), without reading megabytes; null when there is no file.</summary>
    Task<MaterialHead?> HeadAsync(Guid applicationId, string materialId, CancellationToken ct);

    /// <summary>Bytes stored for these applications together (0 for those without files).</summary>
    Task<long> BytesOfAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken ct);

    Task DeleteAsync(Guid applicationId, string materialId, CancellationToken ct);

    Task DeleteAllAsync(Guid applicationId, CancellationToken ct);
}
