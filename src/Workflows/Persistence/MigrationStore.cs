using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// Batches through plain EF Core (they are written once per instance, not per step), and the read of a version's
/// running instances with their bookmarks in chunks, so a dry run costs two queries per few hundred instances.
/// </summary>
internal sealed class MigrationStore(IDbContextFactory<WorkflowDbContext> contexts) : IMigrationStore
{
    private const int Chunk = 500;

    public async Task<IReadOnlyList<(ProcessInstance Instance, IReadOnlyList<Bookmark> Bookmarks)>> RunningInstancesAsync(string definitionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var instances = await db.Instances.AsNoTracking()
            .Where(i => i.DefinitionId == definitionId && i.Status == InstanceStatus.Active)
            .OrderBy(i => i.Id)
            .ToListAsync(ct);
        var result = new List<(ProcessInstance, IReadOnlyList<Bookmark>)>(instances.Count);
        foreach (var chunk in instances.Chunk(Chunk))
        {
            var ids = chunk.Select(i => i.Id).ToArray();
            var bookmarks = (await db.Bookmarks.AsNoTracking().Where(b => ids.Contains(b.InstanceId)).ToListAsync(ct))
                .ToLookup(b => b.InstanceId);
            result.AddRange(chunk.Select(i => (i, (IReadOnlyList<Bookmark>)bookmarks[i.Id].ToArray())));
        }

        return result;
    }

    public async Task AddAsync(MigrationBatch batch, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Add(batch);
        await db.SaveChangesAsync(ct);
    }

    public async Task<MigrationBatch?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<MigrationBatch>().AsNoTracking()
            .Include(b => b.Items.OrderBy(i => i.InstanceId))
            .FirstOrDefaultAsync(b => b.Id == id, ct);
    }

    public async Task<IReadOnlyList<MigrationBatch>> ListAsync(string? processKey, int limit, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Set<MigrationBatch>().AsNoTracking();
        if (processKey is not null)
        {
            query = query.Where(b => b.ProcessKey == processKey);
        }

        return await query.OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id).Take(limit).ToListAsync(ct);
    }

    public async Task SaveProgressAsync(MigrationBatch batch, MigrationItem? item, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (item is not null)
        {
            await db.Set<MigrationItem>()
                .Where(i => i.BatchId == item.BatchId && i.InstanceId == item.InstanceId)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(i => i.Outcome, item.Outcome)
                    .SetProperty(i => i.ProblemCode, item.ProblemCode)
                    .SetProperty(i => i.ProblemElementId, item.ProblemElementId)
                    .SetProperty(i => i.Message, item.Message)
                    .SetProperty(i => i.ProblemArgs, item.ProblemArgs)
                    .SetProperty(i => i.ProcessedAt, item.ProcessedAt), ct);
        }

        await db.Set<MigrationBatch>()
            .Where(b => b.Id == batch.Id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, batch.Status)
                .SetProperty(b => b.Migrated, batch.Migrated)
                .SetProperty(b => b.Failed, batch.Failed)
                .SetProperty(b => b.Skipped, batch.Skipped)
                .SetProperty(b => b.EndedAt, batch.EndedAt), ct);
        await transaction.CommitAsync(ct);
    }
}
