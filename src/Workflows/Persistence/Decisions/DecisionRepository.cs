using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Decisions.Deployment;

namespace SocialInsurance.Workflows.Persistence.Decisions;

public sealed class DecisionRepository(IDbContextFactory<WorkflowDbContext> contexts) : IDecisionRepository
{
    public async Task<DecisionDefinition?> FindAsync(string id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
    }

    public async Task<DecisionDefinition?> FindByHashAsync(string key, string contentHash, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Decisions.AsNoTracking().Where(d => d.Key == key && d.ContentHash == contentHash)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
    }

    public async Task<DecisionDefinition?> PublishedAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.Key == key && d.IsPublished, ct);
    }

    public async Task<DecisionDefinition?> LatestDeployedAtAsync(string key, DateTimeOffset at, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Decisions.AsNoTracking().Where(d => d.Key == key && d.DeployedAt <= at)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
    }

    public async Task<int> LatestVersionAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Decisions.Where(d => d.Key == key).MaxAsync(d => (int?)d.Version, ct) ?? 0;
    }

    public async Task<IReadOnlyList<DecisionDefinition>> VersionsAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Decisions.AsNoTracking().Where(d => d.Key == key).OrderByDescending(d => d.Version).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<DecisionDefinition>> LatestOfEachKeyAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var all = await db.Decisions.AsNoTracking().ToListAsync(ct);
        return all.GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!).OrderBy(d => d.Key, StringComparer.Ordinal).ToArray();
    }

    public async Task AddAsync(DecisionDefinition definition, bool publish, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (publish)
        {
            await db.Decisions.Where(d => d.Key == definition.Key && d.IsPublished)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.IsPublished, false), ct);
        }

        db.Decisions.Add(definition);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public async Task<bool> PublishAsync(string key, int version, DateTimeOffset at, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var target = await db.Decisions.FirstOrDefaultAsync(d => d.Key == key && d.Version == version, ct);
        if (target is null)
        {
            return false;
        }

        await db.Decisions.Where(d => d.Key == key && d.IsPublished && d.Version != version)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.IsPublished, false), ct);
        target.IsPublished = true;
        target.PublishedAt = at;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
