using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Compensation;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Messages;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Persistence.Reads;
using SocialInsurance.Workflows.Persistence.Writes;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// Reads through EF Core without tracking (an identity map keeps one object per row, as tracking did, so a task read
/// twice in a step is the same task), and writes what the step declared in at most two commands at commit
/// (<see cref="PendingWrites"/>). No change tracker: snapshotting and diffing every loaded row, and EF's per-row
/// command pipeline, were most of a step's cost.
/// <para>
/// A deferred session (<see cref="WorkflowStore.OpenDeferredAsync"/>) begins its transaction only when the step first
/// needs it: a handler joining it, a flush, or the commit. Until then it reads committed rows outside any transaction
/// (on SQLite without the write lock), so the interpreter runs while other steps commit; the stamps checked at flush
/// turn a read that went stale meanwhile into <see cref="ConcurrencyConflictException"/>, and the caller runs the step
/// again. Savepoints asked for before the transaction exists are remembered and created right after it begins.
/// </para>
/// </summary>
internal sealed partial class WorkflowSession(
    WorkflowDbContext db,
    IDbContextTransaction? transaction,
    IDisposable? admission = null,
    GroupCommit? group = null,
    bool admissionFreedAtCommit = false,
    Func<WorkflowDbContext, ValueTask>? release = null) : IWorkflowSession, IStepTransaction
{
    private readonly PendingWrites _writes = new(db.Model);
    private readonly IdentityMap _identities = new();
    private readonly CompiledQueries _queries = CompiledQueries.For(db.Model);
    private readonly List<string> _pendingSavepoints = [];
    private IDbContextTransaction? _transaction = transaction;
    private bool _committed;

    public async Task<ProcessInstance?> FindInstanceAsync(Guid id, CancellationToken ct) =>
        Loaded(OnSqlite is { } c ? ReadSqlite(c, on => SqliteReads.For(Db).FindInstance(Db, on, id)) : await _queries.Instance(Db, id));

    public async Task<Bookmark?> FindBookmarkAsync(Guid id, CancellationToken ct) =>
        Loaded(OnSqlite is { } c ? ReadSqlite(c, on => SqliteReads.For(Db).FindBookmark(Db, on, id)) : await _queries.Bookmark(Db, id));

    public async Task<IReadOnlyList<Bookmark>> BookmarksOfAsync(Guid instanceId, CancellationToken ct) =>
        OnSqlite is { } c ? Loaded(ReadSqlite(c, on => SqliteReads.For(Db).BookmarksOf(Db, on, instanceId))) : await LoadedAsync(_queries.BookmarksOf(Db, instanceId), ct);

    public async Task<IReadOnlyList<Bookmark>> SubscriptionsAsync(string messageName, string correlationKey, CancellationToken ct) =>
        OnSqlite is { } c
            ? Loaded(ReadSqlite(c, on => SqliteReads.For(Db).Subscriptions(Db, on, messageName, correlationKey)))
            : await LoadedAsync(_queries.Subscriptions(Db, messageName, correlationKey), ct);

    public async Task<UserTaskInstance?> FindTaskAsync(Guid id, CancellationToken ct) =>
        Loaded(OnSqlite is { } c ? ReadSqlite(c, on => SqliteReads.For(Db).FindTask(Db, on, id)) : await _queries.Task(Db, id));

    public async Task<IReadOnlyList<UserTaskInstance>> OpenTasksOfAsync(Guid instanceId, CancellationToken ct) =>
        OnSqlite is { } c ? Loaded(ReadSqlite(c, on => SqliteReads.For(Db).OpenTasksOf(Db, on, instanceId))) : await LoadedAsync(_queries.OpenTasksOf(Db, instanceId), ct);

    public async Task<Incident?> FindIncidentAsync(Guid id, CancellationToken ct) =>
        Loaded(await Db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct));

    public async Task<IReadOnlyList<Incident>> OpenIncidentsOfAsync(Guid instanceId, CancellationToken ct) =>
        await LoadedAsync(Db.Incidents.AsNoTracking().Where(i => i.InstanceId == instanceId && i.ResolvedAt == null).AsAsyncEnumerable(), ct);

    public async Task<BufferedMessage?> OldestBufferedMessageAsync(string name, string correlationKey, DateTimeOffset now, CancellationToken ct) =>
        Loaded(await Db.BufferedMessages.AsNoTracking()
            .Where(m => m.Name == name && m.CorrelationKey == correlationKey && m.ExpiresAt > now)
            .OrderBy(m => m.CreatedAt)
            .FirstOrDefaultAsync(ct));

    /// <summary>
    /// The open SQLite connection the step reads on (its own, or the group writer's once it writes), read through
    /// statements kept on it (<see cref="SqliteReads"/>); null on PostgreSQL, or before the connection is open, where
    /// EF Core's compiled queries read (and open it).
    /// </summary>
    private SqliteConnection? OnSqlite => Db.Database.GetDbConnection() is SqliteConnection { State: System.Data.ConnectionState.Open } c ? c : null;

    /// <summary>
    /// A lookup before the step writes goes to the shared writer's connection when the writer is idle, whose page cache
    /// survives its own commits (<see cref="GroupCommit.TryReadWhileIdle{T}"/>); otherwise to the step's own connection.
    /// Once the step writes it reads on the writer's connection inside its group anyway.
    /// </summary>
    private T ReadSqlite<T>(SqliteConnection own, Func<SqliteConnection, T> read) =>
        _member is null && _transaction is null && group is not null && group.TryReadWhileIdle(read, out var result) ? result : read(own);

    public void Add(ProcessInstance instance) => _writes.Add(_identities.Register(instance, instance.Id));
    public void Add(Bookmark bookmark) => _writes.Add(_identities.Register(bookmark, bookmark.Id));
    public void Add(UserTaskInstance task) => _writes.Add(_identities.Register(task, task.Id));
    public void Add(JournalEntry entry) => _writes.Add(entry);
    public void Add(Incident incident) => _writes.Add(_identities.Register(incident, incident.Id));
    public void Add(BufferedMessage message) => _writes.Add(_identities.Register(message, message.Id));

    public void Remove(Bookmark bookmark) => _writes.Remove(bookmark);

    public async Task<IReadOnlyList<CompensationRecord>> CompensationRecordsOfAsync(Guid instanceId, CancellationToken ct) =>
        await LoadedAsync(Db.CompensationRecords.AsNoTracking().Where(r => r.InstanceId == instanceId).AsAsyncEnumerable(), ct);

    public void Add(CompensationRecord record) => _writes.Add(_identities.Register(record, record.Id));
    public void Remove(CompensationRecord record) => _writes.Remove(record);
    public void Remove(BufferedMessage message) => _writes.Remove(message);

    public void Touch(ProcessInstance instance) => _writes.Touch(instance);
    public void Touch(UserTaskInstance task) => _writes.Touch(task);
    public void Touch(Bookmark bookmark) => _writes.Touch(bookmark);
    public void Touch(Incident incident) => _writes.Touch(incident);

    private T? Loaded<T>(T? entity) where T : class
    {
        if (entity is null)
        {
            return null;
        }

        var known = _identities.Resolve(entity);
        if (ReferenceEquals(known, entity))
        {
            _writes.Loaded(entity);
        }

        return known;
    }

    private List<T> Loaded<T>(List<T> rows) where T : class
    {
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i] = Loaded(rows[i])!;
        }

        return rows;
    }

    private async Task<IReadOnlyList<T>> LoadedAsync<T>(IAsyncEnumerable<T> rows, CancellationToken ct) where T : class
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            list.Add(Loaded(row)!);
        }

        return list;
    }
}
