using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Compensation;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Messages;
using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Execution;

/// <summary>
/// One transaction over the engine's tables. The interpreter sees only this, never EF Core, so the execution rules can
/// be read (and tested) without the persistence details. Everything added or removed commits together in
/// <see cref="CommitAsync"/>, which fails with <see cref="ConcurrencyConflictException"/> when another writer changed
/// the same instance or task first.
/// </summary>
public interface IWorkflowSession : IAsyncDisposable
{
    Task<ProcessInstance?> FindInstanceAsync(Guid id, CancellationToken ct);
    Task<Bookmark?> FindBookmarkAsync(Guid id, CancellationToken ct);
    Task<IReadOnlyList<Bookmark>> BookmarksOfAsync(Guid instanceId, CancellationToken ct);
    Task<UserTaskInstance?> FindTaskAsync(Guid id, CancellationToken ct);
    Task<IReadOnlyList<UserTaskInstance>> OpenTasksOfAsync(Guid instanceId, CancellationToken ct);
    Task<Incident?> FindIncidentAsync(Guid id, CancellationToken ct);
    Task<IReadOnlyList<Incident>> OpenIncidentsOfAsync(Guid instanceId, CancellationToken ct);
    Task<BufferedMessage?> OldestBufferedMessageAsync(string name, string correlationKey, DateTimeOffset now, CancellationToken ct);

    void Add(ProcessInstance instance);
    void Add(Bookmark bookmark);
    void Add(UserTaskInstance task);
    void Add(JournalEntry entry);
    void Add(Incident incident);
    void Add(BufferedMessage message);
    void Remove(Bookmark bookmark);
    void Remove(BufferedMessage message);

    /// <summary>The instance's completed activities that compensation can still reach.</summary>
    Task<IReadOnlyList<CompensationRecord>> CompensationRecordsOfAsync(Guid instanceId, CancellationToken ct);
    void Add(CompensationRecord record);
    void Remove(CompensationRecord record);

    /// <summary>Marks the instance row changed (its tokens and variables are mutated in place).</summary>
    void Touch(ProcessInstance instance);
    void Touch(UserTaskInstance task);
    void Touch(Bookmark bookmark);
    void Touch(Incident incident);

    /// <summary>The transaction a service-task handler joins so its domain change commits with the step.</summary>
    IStepTransaction Transaction { get; }

    /// <summary>
    /// Message subscriptions by name and key, read as the session's other reads are: under SQLite's write lock once the
    /// transaction has begun, before that (a deferred session) from committed rows, which the step's write re-checks.
    /// </summary>
    Task<IReadOnlyList<Bookmark>> SubscriptionsAsync(string messageName, string correlationKey, CancellationToken ct);

    /// <summary>Writes what is pending without committing: a batch writes each item inside its own savepoint.</summary>
    Task FlushAsync(CancellationToken ct);

    /// <summary>Forgets pending changes and everything read, after a rollback to a savepoint made them untrue.</summary>
    void Discard();

    Task CommitAsync(CancellationToken ct);
}
