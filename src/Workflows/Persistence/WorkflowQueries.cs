using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Persistence;

public sealed class WorkflowQueries(IDbContextFactory<WorkflowDbContext> contexts) : IWorkflowQueries
{
    private const int MaxPageSize = 200;

    public async Task<Page<UserTaskInstance>> TasksAsync(TaskQuery query, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var tasks = db.Tasks.AsNoTracking();
        if (query.Status is { } status)
        {
            tasks = tasks.Where(t => t.Status == status);
        }

        var groups = query.CandidateGroups.ToArray();
        if (groups.Length > 0 || query.CandidateUser is not null)
        {
            var user = query.CandidateUser;
            tasks = tasks.Where(t =>
                t.Candidates.Any(c =>
                    (c.Kind == CandidateKind.Group && groups.Contains(c.Value))
                    || (c.Kind == CandidateKind.User && c.Value == user)));
        }

        if (query.Assignee is not null)
        {
            tasks = tasks.Where(t => t.Assignee == query.Assignee);
        }

        if (query.Unassigned == true)
        {
            tasks = tasks.Where(t => t.Assignee == null);
        }

        if (query.CompletedBy is not null)
        {
            tasks = tasks.Where(t => t.CompletedBy == query.CompletedBy);
        }

        if (query.ProcessKey is not null)
        {
            tasks = tasks.Where(t => t.ProcessKey == query.ProcessKey);
        }

        if (query.BusinessKey is not null)
        {
            tasks = tasks.Where(t => t.BusinessKey == query.BusinessKey);
        }

        if (query.BusinessKeys is { } keys)
        {
            var keyList = keys.ToArray();
            tasks = tasks.Where(t => t.BusinessKey != null && keyList.Contains(t.BusinessKey));
        }

        if (query.InstanceId is { } instanceId)
        {
            tasks = tasks.Where(t => t.InstanceId == instanceId);
        }

        if (query.FollowUpDueBy is { } followUpDueBy)
        {
            tasks = tasks.Where(t => t.FollowUpAt == null || t.FollowUpAt <= followUpDueBy);
        }

        if (query.FollowUpAfter is { } followUpAfter)
        {
            tasks = tasks.Where(t => t.FollowUpAt != null && t.FollowUpAt > followUpAfter);
        }

        if (query.DueBefore is { } dueBefore)
        {
            tasks = tasks.Where(t => t.DueAt != null && t.DueAt < dueBefore);
        }

        if (query.DueAfter is { } dueAfter)
        {
            tasks = tasks.Where(t => t.DueAt != null && t.DueAt >= dueAfter);
        }

        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, query.Page);
        var total = await tasks.CountAsync(ct);
        var items = await Sorted(tasks, query.SortBy, query.Descending)
            .ThenBy(t => t.CreatedAt)
            .ThenBy(t => t.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Include(t => t.Candidates)
            .ToListAsync(ct);
        return new Page<UserTaskInstance>(items, total, page, pageSize);
    }

    /// <summary>Tasks without the sorted value go last in both directions: a missing due date is not "earliest".</summary>
    private static IOrderedQueryable<UserTaskInstance> Sorted(IQueryable<UserTaskInstance> tasks, TaskSort sort, bool descending) => sort switch
    {
        TaskSort.Priority => (descending ? tasks.OrderBy(t => t.Priority) : tasks.OrderByDescending(t => t.Priority))
            .ThenBy(t => t.DueAt == null).ThenBy(t => t.DueAt),
        TaskSort.Created => descending ? tasks.OrderByDescending(t => t.CreatedAt) : tasks.OrderBy(t => t.CreatedAt),
        TaskSort.Name => descending ? tasks.OrderByDescending(t => t.Name) : tasks.OrderBy(t => t.Name),
        TaskSort.Process => descending ? tasks.OrderByDescending(t => t.ProcessKey) : tasks.OrderBy(t => t.ProcessKey),
        TaskSort.Assignee => Last(tasks.OrderBy(t => t.Assignee == null), t => t.Assignee, descending),
        TaskSort.Ended => Last(tasks.OrderBy(t => t.EndedAt == null), t => t.EndedAt, descending),
        TaskSort.FollowUp => Last(tasks.OrderBy(t => t.FollowUpAt == null), t => t.FollowUpAt, descending),
        _ => Last(tasks.OrderBy(t => t.DueAt == null), t => t.DueAt, descending),
    };

    private static IOrderedQueryable<UserTaskInstance> Last<T>(IOrderedQueryable<UserTaskInstance> ordered, System.Linq.Expressions.Expression<Func<UserTaskInstance, T>> key, bool descending) =>
        descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);

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

    public async Task<IReadOnlyList<Bookmark>> SignalSubscriptionsAsync(string signalName, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Bookmarks.AsNoTracking()
            .Where(b => b.Kind == BookmarkKind.Signal && b.MessageName == signalName)
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Bookmark>> MessageSubscriptionsAsync(string messageName, string correlationKey, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Bookmarks.AsNoTracking()
            .Where(b => b.Kind == BookmarkKind.Message && b.MessageName == messageName && b.CorrelationKey == correlationKey)
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
