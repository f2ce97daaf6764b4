using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Compensation;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Messages;
using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Persistence.Writes;

/// <summary>
/// What a step declared it changed (Add, Remove, Touch), written at flush as one statement per row changed or removed,
/// then one multi-row INSERT per table in foreign-key order (see <see cref="Statements"/> for how they are sent). Every statement must touch exactly one row per entity;
/// fewer means another writer got there first (a stamp moved, a bookmark or buffered message is already gone), and
/// the flush throws <see cref="ConcurrencyConflictException"/> so the caller rolls back — the same rule EF Core's
/// change tracker enforced, at a fraction of its cost per row.
/// </summary>
internal sealed class PendingWrites(IModel model)
{
    /// <summary>Both SQLite (32,766) and PostgreSQL (65,535) cap parameters per statement; a statement stays well below.</summary>
    private const int MaxParametersPerCommand = 30_000;

    // Insertion order within a table is kept (the journal's sequence reads naturally in the database too).
    private static readonly Type[] InsertOrder =
    [
        typeof(ProcessInstance), typeof(UserTaskInstance), typeof(TaskCandidate), typeof(Bookmark),
        typeof(Incident), typeof(JournalEntry), typeof(BufferedMessage), typeof(CompensationRecord),
    ];

    private readonly Dictionary<Type, List<object>> _added = [];
    private readonly HashSet<object> _addedSet = new(ReferenceEqualityComparer.Instance);
    private readonly List<object> _modified = [];
    private readonly HashSet<object> _modifiedSet = new(ReferenceEqualityComparer.Instance);
    private readonly List<object> _removed = [];
    private readonly HashSet<object> _removedSet = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, object> _originalStamps = new(ReferenceEqualityComparer.Instance);

    // The writes as SQLite statements with converted values, made ahead of the writer's turn; dropped by any change.
    private Statements.Converted? _converted;

    public bool IsEmpty => _addedSet.Count == 0 && _modified.Count == 0 && _removed.Count == 0;

    /// <summary>Remembers the concurrency stamp a loaded row had, so its update can insist on it.</summary>
    public void Loaded<T>(T entity) where T : class
    {
        if (Table(typeof(T)).StampOf(entity) is { } stamp)
        {
            _originalStamps[entity] = stamp;
        }
    }

    public void Add(object entity)
    {
        _converted = null;
        if (!_addedSet.Add(entity))
        {
            return;
        }

        if (!_added.TryGetValue(entity.GetType(), out var list))
        {
            _added[entity.GetType()] = list = [];
        }

        list.Add(entity);
        if (entity is UserTaskInstance task)
        {
            foreach (var candidate in task.Candidates)
            {
                Add(candidate);
            }
        }
    }

    public void Remove(object entity)
    {
        _converted = null;
        if (_addedSet.Remove(entity))
        {
            _added[entity.GetType()].Remove(entity);
            return;
        }

        if (_modifiedSet.Remove(entity))
        {
            _modified.Remove(entity);
        }

        if (_removedSet.Add(entity))
        {
            _removed.Add(entity);
        }
    }

    public void Touch(object entity)
    {
        _converted = null;
        if (!_addedSet.Contains(entity) && !_removedSet.Contains(entity) && _modifiedSet.Add(entity))
        {
            _modified.Add(entity);
        }
    }

    public void Clear()
    {
        _converted = null;
        _added.Clear();
        _addedSet.Clear();
        _modified.Clear();
        _modifiedSet.Clear();
        _removed.Clear();
        _removedSet.Clear();
        _originalStamps.Clear();
    }

    /// <summary>
    /// Converts every value the flush will bind on SQLite now, so <see cref="FlushAsync"/> only binds and runs them. The
    /// session calls it before the step takes SQLite's one writer; the entities must not change in between (any Add,
    /// Remove or Touch drops the conversion, and the flush converts again).
    /// </summary>
    public async Task ConvertForSqliteAsync(CancellationToken ct)
    {
        var converted = Statements.Converting();
        await WriteAsync(converted, ct);
        _converted = converted;
    }

    /// <summary>
    /// The statements for every pending write, converted for SQLite (now, unless <see cref="ConvertForSqliteAsync"/>
    /// already did), to be run by whoever holds the writer (<see cref="GroupCommit.CommitAsync(Statements.Converted)"/>);
    /// nothing is pending afterwards.
    /// </summary>
    public async Task<Statements.Converted> TakeConvertedAsync(CancellationToken ct)
    {
        if (_converted is null)
        {
            await ConvertForSqliteAsync(ct);
        }

        var converted = _converted!;
        Clear();
        return converted;
    }

    public async Task FlushAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        if (_converted is { } converted && connection is SqliteConnection sqlite)
        {
            await converted.RunAsync(sqlite, ct);
        }
        else
        {
            await using var statements = Statements.For(connection, transaction);
            await WriteAsync(statements, ct);
        }

        Clear();
    }

    private async Task WriteAsync(Statements statements, CancellationToken ct)
    {
        foreach (var entity in _removed)
        {
            var table = Table(entity.GetType());
            statements.Next(table.Delete, expected: 1);
            table.BindKey(statements, entity);
            await statements.EndAsync(ct);
        }

        foreach (var entity in _modified)
        {
            var table = Table(entity.GetType());
            var stamp = _originalStamps.TryGetValue(entity, out var original) && table.HasStamp ? original : null;
            statements.Next(stamp is null ? table.Update : table.UpdateStamped, expected: 1);
            table.BindUpdate(statements, entity, stamp);
            await statements.EndAsync(ct);
        }

        // The checked statements run (and are counted) before any insert. On PostgreSQL a loser's stale UPDATE waits
        // for the winner's commit and then touches no row; its journal INSERT would then hit the winner's keys and
        // fail with a unique violation instead of the conflict it is.
        await statements.ExecuteAsync(ct);

        foreach (var type in InsertOrder)
        {
            if (!_added.TryGetValue(type, out var rows) || rows.Count == 0)
            {
                continue;
            }

            var table = Table(type);
            var perStatement = Math.Max(1, MaxParametersPerCommand / table.ParametersPerRow / 2);
            for (var from = 0; from < rows.Count; from += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - from);
                statements.Next(table.Insert(count), expected: count);
                for (var i = from; i < from + count; i++)
                {
                    table.BindRow(statements, rows[i]);
                }

                await statements.EndAsync(ct);
            }
        }

        await statements.ExecuteAsync(ct);
    }

    private EntityTable Table(Type type) => type switch
    {
        _ when type == typeof(ProcessInstance) => EntityTable.For<ProcessInstance>(model),
        _ when type == typeof(Bookmark) => EntityTable.For<Bookmark>(model),
        _ when type == typeof(UserTaskInstance) => EntityTable.For<UserTaskInstance>(model),
        _ when type == typeof(TaskCandidate) => EntityTable.For<TaskCandidate>(model),
        _ when type == typeof(JournalEntry) => EntityTable.For<JournalEntry>(model),
        _ when type == typeof(Incident) => EntityTable.For<Incident>(model),
        _ when type == typeof(BufferedMessage) => EntityTable.For<BufferedMessage>(model),
        _ when type == typeof(CompensationRecord) => EntityTable.For<CompensationRecord>(model),
        _ => throw new InvalidOperationException($"Expected an engine entity, but got {type.Name}."),
    };
}
