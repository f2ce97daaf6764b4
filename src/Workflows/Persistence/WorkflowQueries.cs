using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Persistence;

public sealed partial class WorkflowQueries(IDbContextFactory<WorkflowDbContext> contexts) : IWorkflowQueries
{
    private const int MaxPageSize = 200;

    public async Task<IReadOnlyDictionary<string, int>> OpenTaskCountsByGroupAsync(DateTimeOffset? dueBefore, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var tasks = db.Tasks.AsNoTracking().Where(t => t.Status == UserTaskStatus.Created);
        if (dueBefore is { } due)
        {
            tasks = tasks.Where(t => t.DueAt != null && t.DueAt < due);
        }

        return await tasks.SelectMany(t => t.Candidates.Where(c => c.Kind == CandidateKind.Group))
            .GroupBy(c => c.Value)
            .Select(g => new { Group = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Group, g => g.Count, StringComparer.Ordinal, ct);
    }

    public async Task<UserTaskInstance?> TaskAsync(Guid taskId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Tasks.AsNoTracking().Include(t => t.Candidates).FirstOrDefaultAsync(t => t.Id == taskId, ct);
    }

    public async Task<ProcessInstance?> InstanceAsync(Guid instanceId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
    }

    public async Task<Page<ProcessInstance>> InstancesAsync(InstanceQuery query, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var instances = db.Instances.AsNoTracking();
        if (query.Status is { } s)
        {
            instances = instances.Where(i => i.Status == s);
        }

        if (query.ProcessKey is not null)
        {
            instances = instances.Where(i => i.ProcessKey == query.ProcessKey);
        }

        if (query.BusinessKey is not null)
        {
            instances = instances.Where(i => i.BusinessKey == query.BusinessKey);
        }

        if (query.BusinessKeys is { } keys)
        {
            var keyList = keys.ToArray();
            instances = instances.Where(i => i.BusinessKey != null && keyList.Contains(i.BusinessKey));
        }

        if (query.WithOpenIncidents)
        {
            instances = instances.Where(i => i.OpenIncidents > 0);
        }

        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, query.Page);
        var total = await instances.CountAsync(ct);
        var items = await instances.OrderByDescending(i => i.StartedAt).ThenBy(i => i.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Page<ProcessInstance>(items, total, page, pageSize);
    }

    public async Task<IReadOnlyList<ProcessInstance>> InstancesByBusinessKeyAsync(string businessKey, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Instances.AsNoTracking().Where(i => i.BusinessKey == businessKey).OrderBy(i => i.StartedAt).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Bookmark>> BookmarksAsync(Guid instanceId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId).OrderBy(b => b.CreatedAt).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Incident>> IncidentsAsync(bool openOnly, Guid? instanceId = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var incidents = db.Incidents.AsNoTracking();
        if (openOnly)
        {
            incidents = incidents.Where(i => i.ResolvedAt == null);
        }

        if (instanceId is { } id)
        {
            incidents = incidents.Where(i => i.InstanceId == id);
        }

        return await incidents.OrderByDescending(i => i.CreatedAt).Take(1000).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Bookmark>> DueBookmarksAsync(DateTimeOffset dueBefore, int limit, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Bookmarks.AsNoTracking()
            .Where(b => b.DueAt != null && b.DueAt <= dueBefore)
            .OrderBy(b => b.DueAt)
            .Take(limit)
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Bookmark>> BookmarksDueBetweenAsync(DateTimeOffset from, DateTimeOffset to, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Bookmarks.AsNoTracking()
            .Where(b => b.DueAt != null && b.DueAt >= from && b.DueAt < to)
            .OrderBy(b => b.DueAt).ThenBy(b => b.Id)
            .Skip(skip).Take(take)
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Bookmark>> SignalSubscriptionsAsync(string signalName, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Bookmarks.AsNoTracking()
            .Where(b => b.Kind == BookmarkKind.Signal && b.MessageName == signalName)
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Bookmark>> SubscriptionsAsync(string messageName, Guid? afterId, int limit, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var subscriptions = db.Bookmarks.AsNoTracking().Where(b => b.Kind == BookmarkKind.Message && b.MessageName == messageName);
        if (afterId is { } after)
        {
            subscriptions = subscriptions.Where(b => b.Id.CompareTo(after) > 0);
        }

        return await subscriptions.OrderBy(b => b.Id).Take(limit).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<ProcessDefinition>> DefinitionsAsync(string? key = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var definitions = db.Definitions.AsNoTracking();
        if (key is not null)
        {
            definitions = definitions.Where(d => d.Key == key);
        }

        return await definitions.OrderBy(d => d.Key).ThenByDescending(d => d.Version).ToListAsync(ct);
    }
}
