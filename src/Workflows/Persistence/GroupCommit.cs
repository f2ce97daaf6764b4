using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence.Writes;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// SQLite's one writer, shared (issue 14 §4): steps ready to write take turns on one connection inside one open
/// transaction, each in its own savepoint, and the transaction commits when no step is waiting for its turn (or the
/// group is full) — one fsync for the whole group instead of one per step. A step's commit returns only after the group
/// committed, so nothing is answered before it is durable at the configured <c>synchronous</c>; a step that fails rolls
/// back to its savepoint and leaves the others' writes in the group. Steps queue in process, in arrival order, instead of
/// polling SQLite's busy lock. PostgreSQL has concurrent writers and its own group commit: not used there.
/// </summary>
public sealed partial class GroupCommit(
    IDbContextFactory<WorkflowDbContext> contexts, WorkflowOptions options, TimeProvider time, IWriteAheadLogSync logSync) : IAsyncDisposable
{
    // Members hold the writer one after another, each releasing (or undoing) its savepoint before the next joins, so one
    // name serves them all and its three statements stay prepared on the writer's connection across groups.
    private const string Savepoint = "SAVEPOINT group_member";
    private const string ReleaseSavepoint = "RELEASE group_member";
    private const string RollbackToSavepoint = "ROLLBACK TO group_member";

    private readonly object _sync = new();
    // Steps waiting for the writer, in arrival order: a turn to give (TaskCompletionSource) or writes to run (Batch).
    private readonly Queue<object> _waiting = new();
    private bool _held;
    private WorkflowDbContext? _db;
    private IDbContextTransaction? _transaction;
    private Group? _group;
    private long _commits;
    private long _steps;

    /// <summary>Whether steps share the writer: SQLite with <see cref="WorkflowOptions.GroupCommit"/> on.</summary>
    public bool Enabled { get; } = options.Provider == DatabaseProvider.Sqlite && options.GroupCommit;

    /// <summary>Steps in one commit at most, so a steady stream of steps still commits (and answers) regularly.</summary>
    public int MaxGroupSize { get; } = Math.Max(1, options.GroupCommitMaxSize);

    /// <summary>Group commits so far (each one fsync at <c>synchronous=FULL</c>).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Steps kept by those commits; <see cref="Steps"/> / <see cref="Commits"/> is the steps per fsync.</summary>
    public long Steps => Interlocked.Read(ref _steps);

    /// <summary>Waits for this step's turn at the writer (in arrival order) and opens its savepoint.</summary>
    internal async Task<GroupMember> JoinAsync()
    {
        await TurnAsync();
        HandedOver();
        try
        {
            await OpenGroupAsync();
            var member = NewMember();
            WriterStatements.Run(Savepoint);
            return member;
        }
        catch (Exception ex)
        {
            await FailGroupAsync(ex);
            await PassTurnAsync();
            throw;
        }
    }

    /// <summary>
    /// As <see cref="JoinAsync"/>, blocking the calling thread until the turn comes: only for a handler that takes the
    /// step's connection without awaiting <see cref="Execution.IStepTransaction.BeginAsync"/> first. The engine and the
    /// host's service tasks await <see cref="JoinAsync"/>, so steps queued for the writer hold no threads.
    /// </summary>
    internal GroupMember Join() => JoinAsync().GetAwaiter().GetResult();

    /// <summary>Keeps the member's writes in the group and answers once the group has committed.</summary>
    internal async Task CommitAsync(GroupMember member)
    {
        try
        {
            WriterStatements.Run(ReleaseSavepoint);
        }
        catch
        {
            await AbortAsync(member);
            throw;
        }

        member.Group.Kept++;
        await PassTurnAsync();
        await member.Group.Committed.Task;
    }

    /// <summary>Undoes the member's writes (its savepoint) and lets the group go on without it.</summary>
    internal async Task AbortAsync(GroupMember member)
    {
        await UndoMemberAsync();
        await PassTurnAsync();
        try
        {
            // Its caller learns of the failure only once the group is settled, as a kept member learns of its commit:
            // what the caller reads next is then committed, not still pending here. Two racing starts of one business
            // key need that — the loser's insert fails on the winner's row in this group, and the loser then looks the
            // winner up on another connection.
            await member.Group.Committed.Task;
        }
        catch
        {
            // The group's own failure is for its kept members to report; this member failed already.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await (_transaction?.DisposeAsync() ?? ValueTask.CompletedTask);
        await (_db?.DisposeAsync() ?? ValueTask.CompletedTask);
    }

    /// <summary>Opens a group on the writer unless one is open. BEGIN IMMEDIATE: the group holds SQLite's write lock until it commits.</summary>
    private async Task OpenGroupAsync()
    {
        if (_transaction is null)
        {
            _db ??= await OpenWriterAsync();
            _transaction = await _db.Database.BeginTransactionAsync();
            _group = new Group();
        }
    }

    /// <summary>Undoes the current member's savepoint; if even that fails, the whole group.</summary>
    private async Task UndoMemberAsync()
    {
        try
        {
            WriterStatements.Run(RollbackToSavepoint);
            WriterStatements.Run(ReleaseSavepoint);
        }
        catch (Exception ex)
        {
            // The connection is in doubt: no member of this group can be kept.
            await FailGroupAsync(ex);
        }
    }

    /// <summary>Completes <paramref name="answer"/>: done when <paramref name="error"/> is null, failed with it otherwise.</summary>
    private static void Settle(TaskCompletionSource answer, Exception? error)
    {
        if (error is null)
        {
            answer.TrySetResult();
        }
        else
        {
            answer.TrySetException(error);
        }
    }

    private GroupMember NewMember()
    {
        _group!.Members++;
        return new GroupMember(this, _db!, _transaction!, _group);
    }

    private SqliteConnection WriterConnection => (SqliteConnection)_db!.Database.GetDbConnection();

    private PreparedStatements WriterStatements => PreparedStatements.Of(WriterConnection);

    private Task TurnAsync()
    {
        lock (_sync)
        {
            if (!_held)
            {
                _held = true;
                _grantedAt = time.GetTimestamp();
                return Task.CompletedTask;
            }

            var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Enqueue(turn);
            return turn.Task;
        }
    }

    /// <summary>
    /// Called by whoever holds the turn when it is done: the next waiting step joins the open group (a batch is written
    /// here and now, a turn is given), or, with none waiting (or the group full), the group commits and the turn passes on
    /// (or is freed).
    /// </summary>
    private async Task PassTurnAsync()
    {
        while (true)
        {
            Busy(_grantedAt);
            object? next = null;
            lock (_sync)
            {
                if (_transaction is not null && _waiting.Count > 0 && _group!.Members < MaxGroupSize)
                {
                    next = _waiting.Dequeue();
                }
            }

            if (next is null)
            {
                if (_transaction is not null)
                {
                    var committing = time.GetTimestamp();
                    await CommitGroupAsync();
                    Interlocked.Add(ref _commitTicks, Busy(committing).Ticks);
                }

                next = NextOrFree();
            }

            switch (next)
            {
                case TaskCompletionSource turn:
                    Grant(turn);
                    SyncStartedLog();
                    return;
                case Batch batch:
                    // Still writing: a sync started by a commit above must not wait for this thread.
                    HandStartedSyncOver();
                    _grantedAt = time.GetTimestamp();
                    await WriteAsync(batch);
                    continue;
                default:
                    SyncStartedLog();
                    return;
            }
        }
    }

    /// <summary>With no group open: the next waiting step, dequeued for the caller to go on with; or, with none, the turn freed.</summary>
    private object? NextOrFree()
    {
        lock (_sync)
        {
            if (_waiting.Count > 0)
            {
                return _waiting.Dequeue();
            }

            _held = false;
            return null;
        }
    }

    private async Task CommitGroupAsync()
    {
        var group = _group!;
        try
        {
            if (group.Kept == 0)
            {
                // Every member failed: nothing to make durable.
                await _transaction!.RollbackAsync();
                SettleWhenDurable(group, committed: false);
            }
            else
            {
                CommitStarting();
                await _transaction!.CommitAsync();
                Interlocked.Increment(ref _commits);
                Interlocked.Add(ref _steps, group.Kept);
                SettleWhenDurable(group, committed: true);
            }
        }
        catch (Exception ex)
        {
            await FailGroupAsync(ex);
            // Answered with the error already; a barrier waiting on this commit goes on with the next sync.
            SettleWhenDurable(group, committed: false);
            return;
        }

        await _transaction.DisposeAsync();
        _transaction = null;
        _group = null;
    }

    /// <summary>Rolls the whole group back; its kept members learn it from their commit, and the writer starts afresh.</summary>
    private async Task FailGroupAsync(Exception error)
    {
        // The members already done learn it from their commit: none was answered, none is kept.
        _group?.Settle(error);
        try
        {
            if (_transaction is not null)
            {
                await _transaction.DisposeAsync();
            }

            if (_db is not null)
            {
                await _db.DisposeAsync();
            }
        }
        catch
        {
            // A broken connection may fail to close; the next group opens a new one either way.
        }

        _transaction = null;
        _group = null;
        _db = null;
    }

    private async Task<WorkflowDbContext> OpenWriterAsync()
    {
        var db = await contexts.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync();
        // A member's savepoint keeps the original of each page it changes in a statement journal, by default a temporary
        // file: a write per page per step, a fifth of the engine bench's writes. It never outlives the group: memory will do.
        await db.Database.ExecuteSqlRawAsync("PRAGMA temp_store=MEMORY");
        await SyncLogBesideAsync(db);
        return db;
    }

    internal sealed class Group
    {
        private List<Batch>? _batches;

        public int Members { get; set; }
        public int Kept { get; set; }
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Add(Batch batch) => (_batches ??= []).Add(batch);

        /// <summary>Answers every member: committed (<paramref name="error"/> null) or failed with it; a batch that failed alone, with its own error.</summary>
        public void Settle(Exception? error)
        {
            GroupCommit.Settle(Committed, error);
            foreach (var batch in _batches ?? [])
            {
                batch.Settle(batch.Error ?? error);
            }
        }
    }
}
