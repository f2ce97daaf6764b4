using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Runtime;

/// <summary>Read side of the engine: no tracking, no locks, paged where lists can grow.</summary>
public interface IWorkflowQueries
{
    Task<Page<UserTaskInstance>> TasksAsync(TaskQuery query, CancellationToken ct = default);

    /// <summary>
    /// Every task the query matches (its sort and page ignored), in creation order: for a host that orders tasks by
    /// its own data (a case number, a person's name) and then asks for one page by <see cref="TaskQuery.TaskIds"/>.
    /// </summary>
    Task<IReadOnlyList<TaskKey>> TaskKeysAsync(TaskQuery query, CancellationToken ct = default);
    /// <summary>Open tasks per candidate group, only those due before <paramref name="dueBefore"/> when given (past due).</summary>
    Task<IReadOnlyDictionary<string, int>> OpenTaskCountsByGroupAsync(DateTimeOffset? dueBefore, CancellationToken ct = default);

    Task<UserTaskInstance?> TaskAsync(Guid taskId, CancellationToken ct = default);
    Task<ProcessInstance?> InstanceAsync(Guid instanceId, CancellationToken ct = default);
    Task<Page<ProcessInstance>> InstancesAsync(InstanceQuery query, CancellationToken ct = default);
    Task<IReadOnlyList<ProcessInstance>> InstancesByBusinessKeyAsync(string businessKey, CancellationToken ct = default);
    Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId, CancellationToken ct = default);
    Task<IReadOnlyList<Bookmark>> BookmarksAsync(Guid instanceId, CancellationToken ct = default);
    Task<IReadOnlyList<Incident>> IncidentsAsync(bool openOnly, Guid? instanceId = null, CancellationToken ct = default);
    Task<IReadOnlyList<Bookmark>> DueBookmarksAsync(DateTimeOffset dueBefore, int limit, CancellationToken ct = default);

    /// <summary>Bookmarks due in [<paramref name="from"/>, <paramref name="to"/>) ordered by due time and id, a page after <paramref name="skip"/>.</summary>
    Task<IReadOnlyList<Bookmark>> BookmarksDueBetweenAsync(DateTimeOffset from, DateTimeOffset to, int skip, int take, CancellationToken ct = default);

    /// <summary>Every instance's subscription to the signal.</summary>
    Task<IReadOnlyList<Bookmark>> SignalSubscriptionsAsync(string signalName, CancellationToken ct = default);

    /// <summary>Message subscriptions by name in id order after <paramref name="afterId"/>: keyset paging for pollers that walk every waiting instance.</summary>
    Task<IReadOnlyList<Bookmark>> SubscriptionsAsync(string messageName, Guid? afterId, int limit, CancellationToken ct = default);

    Task<IReadOnlyList<ProcessDefinition>> DefinitionsAsync(string? key = null, CancellationToken ct = default);
}
