using SocialInsurance.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;

namespace SocialInsurance.Api.Infrastructure.Materials;

/// <summary>
/// Files as rows of <c>case_material_files</c> in the main database, so every node serves what any node received and
/// a database backup holds the files with the cases that list them. At most 4 × 10 MB per application, which
/// PostgreSQL's <c>bytea</c> (TOAST-compressed out of line) and SQLite's blobs carry without trouble.
/// </summary>
public sealed class DatabaseMaterialStore(CasesDbContextFactory contexts, TimeProvider time) : IMaterialStore
{
    public async Task SaveAsync(Guid applicationId, string materialId, byte[] content, CancellationToken ct)
    {
        await using var db = contexts.Create();
        db.Set<StoredMaterialFile>().Add(new StoredMaterialFile
        {
            ApplicationId = applicationId,
            MaterialId = materialId,
            Size = content.LongLength,
            Head = content[..Math.Min(content.Length, MaterialStores.HeadLength)],
            Content = content,
            StoredAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<byte[]?> ReadAsync(Guid applicationId, string materialId, CancellationToken ct)
    {
        await using var db = contexts.Create();
        return await Files(db, applicationId, materialId).Select(f => f.Content).SingleOrDefaultAsync(ct);
    }

    public async Task<MaterialHead?> HeadAsync(Guid applicationId, string materialId, CancellationToken ct)
    {
        await using var db = contexts.Create();
        return await Files(db, applicationId, materialId).Select(f => new MaterialHead(f.Size, f.Head)).SingleOrDefaultAsync(ct);
    }

    public async Task<long> BytesOfAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken ct)
    {
        if (applicationIds.Count == 0)
        {
            return 0;
        }

        await using var db = contexts.Create();
        return await db.Set<StoredMaterialFile>().Where(f => applicationIds.Contains(f.ApplicationId)).SumAsync(f => f.Size, ct);
    }

    public async Task DeleteAsync(Guid applicationId, string materialId, CancellationToken ct)
    {
        await using var db = contexts.Create();
        await Files(db, applicationId, materialId).ExecuteDeleteAsync(ct);
    }

    public async Task DeleteAllAsync(Guid applicationId, CancellationToken ct)
    {
        await using var db = contexts.Create();
        await db.Set<StoredMaterialFile>().Where(f => f.ApplicationId == applicationId).ExecuteDeleteAsync(ct);
    }

    private static IQueryable<StoredMaterialFile> Files(CaseServiceDbContext db, Guid applicationId, string materialId) =>
        db.Set<StoredMaterialFile>().AsNoTracking().Where(f => f.ApplicationId == applicationId && f.MaterialId == materialId);
}
