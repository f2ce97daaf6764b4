using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Deployment;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// The versions of one kind of deployed model in its table (<see cref="DbContext.Set{TEntity}()"/> of
/// <typeparamref name="T"/>). Each query opens its own short-lived context: versions are immutable once deployed,
/// and nothing here takes part in a step's transaction.
/// </summary>
/// <param name="publishedCacheLifetime">
/// How long the published version of a key may be answered from memory (zero: always from the database). Publishing
/// or retracting here clears the key at once; a version published on another node is seen within this time.
/// </param>
public abstract class DeployedDefinitionRepository<T>(IDbContextFactory<WorkflowDbContext> contexts, TimeSpan publishedCacheLifetime)
    : IDeployedDefinitions<T>
    where T : DeployedDefinition
{
    private readonly ConcurrentDictionary<string, (T? Definition, long ExpiresAt)> _published = new(StringComparer.Ordinal);

    public async Task<T?> FindAsync(string id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
    }

    public async Task<T?> FindByHashAsync(string key, string contentHash, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<T>().AsNoTracking().Where(d => d.Key == key && d.ContentHash == contentHash)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
    }

    public async Task<T?> PublishedAsync(string key, CancellationToken ct)
    {
        if (_published.TryGetValue(key, out var cached) && cached.ExpiresAt > Environment.TickCount64)
        {
            return cached.Definition;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var definition = await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(d => d.Key == key && d.IsPublished, ct);
        if (publishedCacheLifetime > TimeSpan.Zero)
        {
            _published[key] = (definition, Environment.TickCount64 + (long)publishedCacheLifetime.TotalMilliseconds);
        }

        return definition;
    }

    public async Task<T?> LatestDeployedAtAsync(string key, DateTimeOffset at, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<T>().AsNoTracking().Where(d => d.Key == key && d.DeployedAt <= at)
            .OrderByDescending(d => d.Version).FirstOrDefaultAsync(ct);
    }

    public async Task<int> LatestVersionAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<T>().Where(d => d.Key == key).MaxAsync(d => (int?)d.Version, ct) ?? 0;
    }

    public async Task<IReadOnlyList<T>> VersionsAsync(string key, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<T>().AsNoTracking().Where(d => d.Key == key).OrderByDescending(d => d.Version).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<T>> LatestOfEachKeyAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var all = await db.Set<T>().AsNoTracking().ToListAsync(ct);
        return all.GroupBy(d => d.Key).Select(g => g.MaxBy(d => d.Version)!).OrderBy(d => d.Key, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every published version, one per key at most.</summary>
    public async Task<IReadOnlyList<T>> AllPublishedAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<T>().AsNoTracking().Where(d => d.IsPublished).ToListAsync(ct);
    }

    public async Task AddAsync(T definition, bool publish, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (publish)
        {
            await Unpublish(db, definition.Key, exceptVersion: null, ct);
        }

        db.Set<T>().Add(definition);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        _published.TryRemove(definition.Key, out _);
    }

    public async Task<bool> PublishAsync(string key, int version, DateTimeOffset at, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var target = await db.Set<T>().FirstOrDefaultAsync(d => d.Key == key && d.Version == version, ct);
        if (target is null)
        {
            return false;
        }

        await Unpublish(db, key, exceptVersion: version, ct);
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
        var retracted = await Unpublish(db, key, exceptVersion: null, ct) > 0;
        _published.TryRemove(key, out _);
        return retracted;
    }

    private static Task<int> Unpublish(WorkflowDbContext db, string key, int? exceptVersion, CancellationToken ct)
    {
        var published = db.Set<T>().Where(d => d.Key == key && d.IsPublished);
        if (exceptVersion is { } kept)
        {
            published = published.Where(d => d.Version != kept);
        }

        return published.ExecuteUpdateAsync(s => s.SetProperty(d => d.IsPublished, false), ct);
    }
}
