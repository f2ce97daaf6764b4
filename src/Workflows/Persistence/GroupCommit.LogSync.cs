using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// At <c>synchronous=FULL</c> the writer commits without syncing and the log is synced beside it: a group's members are
/// answered once a sync that began after their commit has ended, while the next group already writes.
/// <para>
/// Why: SQLite syncs the log inside <c>COMMIT</c>, so the one writer, which every step waits for, was held through
/// each fsync — on the API bench at 200 submissions/s a third of the writer's time, and when the machine's fsync
/// slowed from 1 to 2 ms (or the background checkpoint's sync of the database file delayed it), the submissions queued
/// behind it and the p99 passed 100 ms. The log is written in commit order, so one sync makes every commit before it
/// durable; a sync in progress is followed by one sync for all the groups that committed meanwhile.
/// </para>
/// <para>
/// A commit is visible to other connections before its sync ends. So that nothing is answered on what is not yet
/// durable, every group (failed members included: a racing start's loser reads the winner's row) is settled only after
/// the sync, a step that wrote nothing waits for <see cref="DurableAsync"/> before it answers, and so does the host's
/// response to every request that may change something.
/// </para>
/// </summary>
public sealed partial class GroupCommit
{
    private readonly object _logLock = new();
    // The sync under way, covering every group committed before it began; and the one that follows it.
    private SyncRound? _syncing;
    private SyncRound? _nextSync;
    private bool _committing;
    // A round a commit started, for its holder to run once it has passed the turn on.
    private SyncRound? _syncToRun;
    // The database file whose log is synced here; null while SQLite syncs inside the commit (any other durability or journal).
    private string? _logPath;
    private bool _directorySynced;
    private long _logSyncs;
    private long _logSyncTicks;

    /// <summary>Syncs of the log made beside the writer (each one fsync); with <see cref="Steps"/>, the steps per fsync.</summary>
    public long LogSyncs => Interlocked.Read(ref _logSyncs);

    /// <summary>Time spent in those syncs: not the writer's (it goes on meanwhile), the answers'.</summary>
    public TimeSpan LogSyncTime => TimeSpan.FromTicks(Interlocked.Read(ref _logSyncTicks));

    /// <summary>Whether the log is synced beside the writer (SQLite WAL at FULL, <see cref="Hosting.WorkflowOptions.SyncLogBesideWriter"/>).</summary>
    public bool SyncsLogBesideWriter => Volatile.Read(ref _logPath) is not null;

    /// <summary>Completes once every commit made so far (or under way) is durable; at once when none waits for a sync.</summary>
    public Task DurableAsync()
    {
        lock (_logLock)
        {
            if (_committing || _nextSync is not null)
            {
                return (_nextSync ??= new SyncRound()).Durable.Task;
            }

            return _syncing?.Durable.Task ?? Task.CompletedTask;
        }
    }

    /// <summary>
    /// On a writer just opened: at FULL on a WAL file its commits stop syncing and the log is synced here instead. The
    /// native connection is forgotten by <see cref="SqlitePragmas"/>, so that if it ever goes back to the pool, whoever
    /// opens it next gets the configured durability again.
    /// </summary>
    private async Task SyncLogBesideAsync(WorkflowDbContext writer)
    {
        lock (_logLock)
        {
            _committing = false;
        }

        Volatile.Write(ref _logPath, null);
        if (!options.SyncLogBesideWriter || !string.Equals(options.SqliteSynchronous, "FULL", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var connection = (SqliteConnection)writer.Database.GetDbConnection();
        var journal = await ScalarAsync(connection, "PRAGMA journal_mode");
        var file = await ScalarAsync(connection, "SELECT file FROM pragma_database_list WHERE name = 'main'");
        if (!string.Equals(journal, "wal", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(file))
        {
            return;
        }

        await writer.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL");
        SqlitePragmas.Forget(connection);
        // The log may be new with this connection: its folder is synced with it once.
        _directorySynced = false;
        Volatile.Write(ref _logPath, file);
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    /// <summary>Called by the holder just before a group's <c>COMMIT</c>: from here a barrier waits for the next sync.</summary>
    private void CommitStarting()
    {
        if (_logPath is null)
        {
            return;
        }

        lock (_logLock)
        {
            _committing = true;
        }
    }

    /// <summary>
    /// Called by the holder once a group's transaction ended (committed, or rolled back or failed with
    /// <paramref name="committed"/> false): the group is answered after the sync that follows, or at once when SQLite
    /// synced inside the commit or nothing waits for a sync.
    /// </summary>
    private void SettleWhenDurable(Group group, bool committed)
    {
        if (_logPath is null)
        {
            group.Settle(null);
            return;
        }

        SyncRound? round;
        SyncRound? start = null;
        lock (_logLock)
        {
            _committing = false;
            // A group rolled back has nothing of its own to make durable, but its failed members may have read rows of
            // earlier groups not yet synced: it waits for the sync that covers those, if any.
            round = committed ? (_nextSync ??= new SyncRound()) : _nextSync ?? _syncing;
            round?.Groups.Add(group);
            if (_syncing is null && _nextSync is not null)
            {
                (_syncing, _nextSync, start) = (_nextSync, null, _nextSync);
            }
        }

        if (round is null)
        {
            group.Settle(null);
        }

        if (start is not null)
        {
            // Run by this holder once it has passed the turn on (SyncStartedLog), or handed over if it writes on.
            _syncToRun = start;
        }
    }

    /// <summary>
    /// Called by the holder once the turn is passed on: runs the sync its commit started on its own thread, as SQLite's
    /// commit did, so no thread is woken to sync and none to answer (with one client every sync is started this way).
    /// A round that gathered meanwhile goes to the thread pool.
    /// </summary>
    private void SyncStartedLog()
    {
        if (Interlocked.Exchange(ref _syncToRun, null) is { } round && SyncOnce(round) is { } next)
        {
            SyncOnPool(next);
        }
    }

    /// <summary>Called by a holder that goes on writing: the sync its commit started runs on the thread pool instead.</summary>
    private void HandStartedSyncOver()
    {
        if (Interlocked.Exchange(ref _syncToRun, null) is { } round)
        {
            SyncOnPool(round);
        }
    }

    /// <summary>Syncs <paramref name="round"/> and every round that gathers behind it on a thread-pool thread.</summary>
    private void SyncOnPool(SyncRound round) =>
        ThreadPool.UnsafeQueueUserWorkItem(
            static state =>
            {
                var next = state.Round;
                while (next is not null)
                {
                    next = state.Writer.SyncOnce(next);
                }
            },
            (Writer: this, Round: (SyncRound?)round),
            preferLocal: false);

    /// <summary>Syncs the log for <paramref name="round"/> and answers it; returns the round that gathered meanwhile, now under way, if any.</summary>
    private SyncRound? SyncOnce(SyncRound round)
    {
        var began = time.GetTimestamp();
        Exception? error = null;
        try
        {
            if (Volatile.Read(ref _logPath) is { } path)
            {
                logSync.Sync(path, directoryToo: !_directorySynced);
                _directorySynced = true;
            }
        }
        catch (Exception ex)
        {
            // The commits are in the log but maybe not on disk: their steps are answered with the error (a caller that
            // runs again finds what did survive), never as done.
            error = ex;
        }

        Interlocked.Increment(ref _logSyncs);
        Interlocked.Add(ref _logSyncTicks, time.GetElapsedTime(began).Ticks);
        SyncRound? next;
        lock (_logLock)
        {
            // A commit under way starts its own round when it ends: this one must not begin before its frames are written.
            next = _committing ? null : _nextSync;
            _syncing = next;
            if (next is not null)
            {
                _nextSync = null;
            }
        }

        round.Settle(error);
        return next;
    }

    /// <summary>One sync of the log: the groups it makes durable, and whoever waits for everything before it.</summary>
    private sealed class SyncRound
    {
        public List<Group> Groups { get; } = [];

        public TaskCompletionSource Durable { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Settle(Exception? error)
        {
            foreach (var group in Groups)
            {
                group.Settle(error);
            }

            GroupCommit.Settle(Durable, error);
        }
    }
}
