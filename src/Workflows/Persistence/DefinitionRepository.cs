using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Deployment;

namespace SocialInsurance.Workflows.Persistence;

public sealed class DefinitionRepository(IDbContextFactory<WorkflowDbContext> contexts) : IDefinitionRepository
{
    /// <summary>
    /// Every start asks which version is published; asking the database each time would be one more query per start.
    /// Publishing here clears the entry at once; a version published on another node is seen within this time.
    /// </summary>
    private static readonly TimeSpan PublishedCacheLifetime = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (ProcessDefinition? Definition, long ExpiresAt)> _published = new(StringComparer.Ordinal);

    public async Task<ProcessDefinition?> FindAsync(string id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
    }

    public async Task<ProcessDefinition?> FindByHashAsync(string key, string contentHash, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Definitions.AsNoTracking()
            .Where(d => d.Key == key && d.ContentHash == contentHash)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(ct);
    }

    public async Task<ProcessDefinition?> PublishedAsync(string key, CancellationToken ct)
    {
        if (_published.TryGetValue(key, out var cached) && cached.ExpiresAt > Environment.TickCount64)
        {
            return cached.Definition;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var definition = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Key == key && d.IsPublished, ct);
        _published[key] = (definition, Environment.TickCount64 + (long)PublishedCacheLifetime.TotalMilliseconds);
        return definition;
    }

    public async Task<int> LatestVersionAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Definitions.Where(d => d.Key == key).MaxAsync(d => (int?)d.Version, ct) ?? 0;
    }

    public async Task<IReadOnlyList<ProcessDefinition>> VersionsAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Definitions.AsNoTracking().Where(d => d.Key == key).OrderByDescending(d => d.Version).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<ProcessDefinition>> LatestOfEachKeyAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var all = await db.Definitions.AsNoTracking().ToListAsync(ct);
        return all.GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!).OrderBy(d => d.Key, StringComparer.Ordinal).ToArray();
    }

    public async Task<IReadOnlyList<ProcessDefinition>> PublishedWithMessageStartAsync(CancellationToken ct)
    {
        // Message starts are rare and the published set is small; the model cache answers which ones have one.
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Definitions.AsNoTracking().Where(d => d.IsPublished).ToListAsync(ct);
    }

    public async Task AddAsync(ProcessDefinition definition, bool publish, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (publish)
        {
            await db.Definitions.Where(d => d.Key == definition.Key && d.IsPublished)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.IsPublished, false), ct);
        }

        db.Definitions.Add(definition);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        _published.TryRemove(definition.Key, out _);
    }

    public async Task<bool> PublishAsync(string key, int version, DateTimeOffset at, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var target = await db.Definitions.FirstOrDefaultAsync(d => d.Key == key && d.Version == version, ct);
        if (target is null)
        {
            return false;
        }

        await db.Definitions.Where(d => d.Key == key && d.IsPublished && d.Version != version)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.IsPublished, false), ct);
        target.IsPublished = true;
        target.PublishedAt = at;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        _published.TryRemove(key, out _);
        return true;
    }

    public async Task<bool> RetractAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var retracted = await db.Definitions.Where(d => d.Key == key && d.IsPublished)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.IsPublished, false), ct) > 0;
        _published.TryRemove(key, out _);
        return retracted;
    }
}
