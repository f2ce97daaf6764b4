using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>The task lists (inbox queries): one filter, sorted and paged in SQL, or keyed for a host's own order.</summary>
public sealed partial class WorkflowQueries
{
    public async Task<Page<UserTaskInstance>> TasksAsync(TaskQuery query, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var tasks = Filtered(db.Tasks.AsNoTracking(), query);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, query.Page);
        var total = await tasks.CountAsync(ct);
        var items = await Sorted(tasks, query)
            .ThenBy(t => t.CreatedAt)
            .ThenBy(t => t.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Include(t => t.Candidates)
            .ToListAsync(ct);
        return new Page<UserTaskInstance>(items, total, page, pageSize);
    }

    public async Task<IReadOnlyList<TaskKey>> TaskKeysAsync(TaskQuery query, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await Filtered(db.Tasks.AsNoTracking(), query)
            .OrderBy(t => t.CreatedAt)
            .ThenBy(t => t.Id)
            .Select(t => new TaskKey(t.Id, t.BusinessKey))
            .ToListAsync(ct);
    }

    private static IQueryable<UserTaskInstance> Filtered(IQueryable<UserTaskInstance> tasks, TaskQuery query)
    {
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

        if (query.TaskIds is { } ids)
        {
            var idList = ids.ToArray();
            tasks = tasks.Where(t => idList.Contains(t.Id));
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

        return tasks;
    }

    /// <summary>Tasks without the sorted value go last in both directions: a missing due date is not "earliest".</summary>
    private static IOrderedQueryable<UserTaskInstance> Sorted(IQueryable<UserTaskInstance> tasks, TaskQuery query)
    {
        var descending = query.Descending;
        switch (query.SortBy)
        {
            case TaskSort.Priority:
                return (descending ? tasks.OrderBy(t => t.Priority) : tasks.OrderByDescending(t => t.Priority))
                    .ThenBy(t => t.DueAt == null).ThenBy(t => t.DueAt);
            case TaskSort.Created:
                return descending ? tasks.OrderByDescending(t => t.CreatedAt) : tasks.OrderBy(t => t.CreatedAt);
            case TaskSort.Name:
                return descending ? tasks.OrderByDescending(t => t.Name) : tasks.OrderBy(t => t.Name);
            case TaskSort.Process:
                return descending ? tasks.OrderByDescending(t => t.ProcessKey) : tasks.OrderBy(t => t.ProcessKey);
            case TaskSort.Assignee:
                return Last(tasks.OrderBy(t => t.Assignee == null), t => t.Assignee, descending);
            case TaskSort.Ended:
                return Last(tasks.OrderBy(t => t.EndedAt == null), t => t.EndedAt, descending);
            case TaskSort.FollowUp:
                return Last(tasks.OrderBy(t => t.FollowUpAt == null), t => t.FollowUpAt, descending);
            case TaskSort.CandidateGroup:
                // A correlated lookup on the candidate rows' (task, kind) index per listed task, not a join that multiplies rows.
                var prefix = query.GroupPrefix ?? "";
                Expression<Func<UserTaskInstance, string?>> group = t => t.Candidates
                    .Where(c => c.Kind == CandidateKind.Group && c.Value.StartsWith(prefix))
                    .OrderByDescending(c => c.Value)
                    .Select(c => c.Value)
                    .FirstOrDefault();
                return Last(tasks.OrderBy(Missing(group)), group, descending);
            default:
                return Last(tasks.OrderBy(t => t.DueAt == null), t => t.DueAt, descending);
        }
    }

    private static Expression<Func<UserTaskInstance, bool>> Missing(Expression<Func<UserTaskInstance, string?>> value) =>
        Expression.Lambda<Func<UserTaskInstance, bool>>(Expression.Equal(value.Body, Expression.Constant(null, typeof(string))), value.Parameters);

    private static IOrderedQueryable<UserTaskInstance> Last<T>(IOrderedQueryable<UserTaskInstance> ordered, Expression<Func<UserTaskInstance, T>> key, bool descending) =>
        descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
}
