using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Persistence.Writes;
using SQLitePCL;

namespace SocialInsurance.Workflows.Persistence.Reads;

/// <summary>
/// The reads every step makes (<see cref="CompiledQueries"/>), on SQLite: the same <c>WHERE</c>, the same rows in the
/// same order, each statement prepared once per connection and kept (<see cref="PreparedStatements"/>), each row made
/// into its entity by <see cref="EntityReader"/>. PostgreSQL keeps the compiled queries: there a read is a round trip
/// to the server, and EF's share of it is small.
/// </summary>
internal sealed class SqliteReads
{
    private static readonly ConcurrentDictionary<IModel, SqliteReads> PerModel = new();
    private static readonly TimeSpan BusyWait = TimeSpan.FromMilliseconds(150);

    private readonly EntityReader _instances, _bookmarks, _tasks, _candidates;
    private readonly string _instance, _bookmark, _bookmarksOf, _subscriptions, _task, _candidatesOf, _openTasksOf;
    private readonly object? _message, _created;

    private SqliteReads(DbContext db)
    {
        _instances = EntityReader.For<ProcessInstance>(db);
        _bookmarks = EntityReader.For<Bookmark>(db);
        _tasks = EntityReader.For<UserTaskInstance>(db);
        _candidates = EntityReader.For<TaskCandidate>(db);

        // The texts EF Core's compiled queries run, without their aliases: SQLite plans them the same way.
        _instance = $"{_instances.Select} WHERE {_instances.Column(nameof(ProcessInstance.Id))} = @p0 LIMIT 1";
        _bookmark = $"{_bookmarks.Select} WHERE {_bookmarks.Column(nameof(Bookmark.Id))} = @p0 LIMIT 1";
        _bookmarksOf = $"{_bookmarks.Select} WHERE {_bookmarks.Column(nameof(Bookmark.InstanceId))} = @p0";
        _subscriptions = $"{_bookmarks.Select} WHERE {_bookmarks.Column(nameof(Bookmark.Kind))} = @p0 " +
            $"AND {_bookmarks.Column(nameof(Bookmark.MessageName))} = @p1 AND {_bookmarks.Column(nameof(Bookmark.CorrelationKey))} = @p2";
        _task = $"{_tasks.Select} WHERE {_tasks.Column(nameof(UserTaskInstance.Id))} = @p0 LIMIT 1";
        // Ordered as EF Core's include orders a collection: by the dependent's key.
        _candidatesOf = $"{_candidates.Select} WHERE {_candidates.Column(nameof(TaskCandidate.TaskId))} = @p0 " +
            $"ORDER BY {_candidates.Column(nameof(TaskCandidate.Kind))}, {_candidates.Column(nameof(TaskCandidate.Value))}";
        _openTasksOf = $"{_tasks.Select} WHERE {_tasks.Column(nameof(UserTaskInstance.InstanceId))} = @p0 " +
            $"AND {_tasks.Column(nameof(UserTaskInstance.Status))} = @p1";
        _message = _bookmarks.Parameter(nameof(Bookmark.Kind), BookmarkKind.Message);
        _created = _tasks.Parameter(nameof(UserTaskInstance.Status), UserTaskStatus.Created);
    }

    public static SqliteReads For(DbContext db) => PerModel.GetOrAdd(db.Model, static (_, db) => new SqliteReads(db), db);

    public ProcessInstance? FindInstance(DbContext db, SqliteConnection connection, Guid id) =>
        First<ProcessInstance>(db, connection, _instances, _instance, id);

    public Bookmark? FindBookmark(DbContext db, SqliteConnection connection, Guid id) =>
        First<Bookmark>(db, connection, _bookmarks, _bookmark, id);

    public List<Bookmark> BookmarksOf(DbContext db, SqliteConnection connection, Guid instanceId) =>
        Rows<Bookmark>(db, connection, _bookmarks, _bookmarksOf, instanceId);

    public List<Bookmark> Subscriptions(DbContext db, SqliteConnection connection, string messageName, string correlationKey) =>
        Rows<Bookmark>(db, connection, _bookmarks, _subscriptions, _message, messageName, correlationKey);

    /// <summary>A task with its candidates, as the compiled query's include loads it.</summary>
    public UserTaskInstance? FindTask(DbContext db, SqliteConnection connection, Guid id)
    {
        var task = First<UserTaskInstance>(db, connection, _tasks, _task, id);
        task?.Candidates.AddRange(Rows<TaskCandidate>(db, connection, _candidates, _candidatesOf, id));
        return task;
    }

    /// <summary>Open tasks without their candidates, as the compiled query loads them.</summary>
    public List<UserTaskInstance> OpenTasksOf(DbContext db, SqliteConnection connection, Guid instanceId) =>
        Rows<UserTaskInstance>(db, connection, _tasks, _openTasksOf, instanceId, _created);

    private static T? First<T>(DbContext db, SqliteConnection connection, EntityReader reader, string sql, object? key) where T : class
    {
        var rows = Rows<T>(db, connection, reader, sql, key);
        return rows.Count == 0 ? null : rows[0];
    }

    private static List<T> Rows<T>(DbContext db, SqliteConnection connection, EntityReader reader, string sql, params ReadOnlySpan<object?> values)
        where T : class
    {
        var prepared = PreparedStatements.Of(connection);
        var statement = prepared.Get(sql);
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                prepared.Bind(statement, i + 1, values[i]);
            }

            var rows = new List<T>();
            // A default timeout of 0 waits without end, as it does for Microsoft.Data.Sqlite's commands.
            var deadline = connection.DefaultTimeout == 0 ? long.MaxValue : Environment.TickCount64 + connection.DefaultTimeout * 1000L;
            int rc;
            while (true)
            {
                rc = raw.sqlite3_step(statement);
                if (rc == raw.SQLITE_ROW)
                {
                    rows.Add(reader.Read<T>(statement, db));
                }
                else if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED && rows.Count == 0 && Environment.TickCount64 < deadline)
                {
                    // As Microsoft.Data.Sqlite's commands wait for a lock (its 150 ms, up to the connection's default
                    // timeout): a reader meets one only while another connection holds the file exclusively.
                    raw.sqlite3_reset(statement);
                    Thread.Sleep(BusyWait);
                }
                else
                {
                    break;
                }
            }

            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, connection.Handle);
            }

            return rows;
        }
        finally
        {
            prepared.Release(statement, sql);
        }
    }
}
