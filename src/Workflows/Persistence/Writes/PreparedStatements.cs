using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SocialInsurance.Workflows.Persistence.Writes;

/// <summary>
/// SQLite statements prepared once per open connection and kept there, their values bound by position straight into
/// SQLite: the step's writes and the group writer's savepoints. A <see cref="SqliteCommand"/> allocates per execution a
/// parameter object per value, a binder per value, a UTF-8 copy of every parameter name and of every <see cref="Guid"/>
/// as text, and re-prepares its text unless kept — about half of an engine lifecycle's allocation before this (issue 14
/// §5). Values are bound as Microsoft.Data.Sqlite binds them (integers, reals, text, blobs; a <see cref="Guid"/> as
/// upper-case text), so rows and comparisons stay byte-for-byte what EF Core's parameters produce.
/// <para>
/// A connection's statements are finalized when it closes (its <see cref="SqliteConnection.StateChange"/>), and again
/// if it ever shows another native handle: a statement never outlives the connection it was prepared on. A schema change
/// (a migration) needs nothing: SQLite re-prepares a statement whose schema changed at its next step.
/// </para>
/// </summary>
internal sealed class PreparedStatements
{
    /// <summary>Statement texts kept per connection at most; any other is prepared, run and finalized.</summary>
    private const int MaxKept = 128;

    /// <summary>
    /// Longer texts are not kept: a broadcast's INSERT of hundreds of rows (its text built for that row count only) would
    /// hold a large compiled program per connection for a shape rarely seen again. A step's own statements are far shorter.
    /// </summary>
    private const int MaxKeptLength = 16_384;

    private static readonly ConditionalWeakTable<SqliteConnection, PreparedStatements> ByConnection = new();

    // Closing hands the native connection back to the pool before StateChange fires, so another thread may hold it when
    // the statements are finalized: safe only when SQLite serialises each connection (SQLITE_THREADSAFE=1, the bundled
    // e_sqlite3's build). Under another build nothing is kept past its execution.
    private static readonly bool KeepAcrossExecutions = raw.sqlite3_threadsafe() == 1;

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, sqlite3_stmt> _kept = new(StringComparer.Ordinal);
    private sqlite3? _db;

    private PreparedStatements(SqliteConnection connection)
    {
        _connection = connection;
        connection.StateChange += (_, change) =>
        {
            if (change.CurrentState != System.Data.ConnectionState.Open)
            {
                FinalizeAll();
            }
        };
    }

    public static PreparedStatements Of(SqliteConnection connection) => ByConnection.GetValue(connection, static c => new PreparedStatements(c));

    /// <summary>The statement for <paramref name="sql"/> on this connection, reset and ready to bind; give it back with <see cref="Execute"/> or <see cref="Release"/>.</summary>
    public sqlite3_stmt Get(string sql)
    {
        var db = _connection.Handle ?? throw new InvalidOperationException("Expected an open SQLite connection to prepare a statement on, but it is closed.");
        if (!ReferenceEquals(db, _db))
        {
            FinalizeAll();
            _db = db;
        }

        if (_kept.TryGetValue(sql, out var kept))
        {
            return kept;
        }

        var rc = raw.sqlite3_prepare_v2(db, sql, out var statement);
        if (rc != raw.SQLITE_OK || statement is null)
        {
            statement?.Dispose();
            SqliteException.ThrowExceptionForRC(rc, db);
            throw new InvalidOperationException($"Expected \"{sql}\" to prepare to a statement, but SQLite returned none.");
        }

        CheckPositional(statement, sql);
        if (KeepAcrossExecutions && _kept.Count < MaxKept && sql.Length <= MaxKeptLength)
        {
            _kept.Add(sql, statement);
        }

        return statement;
    }

    /// <summary>Binds the <paramref name="index"/>-th parameter (from 1) to a provider value, as Microsoft.Data.Sqlite would.</summary>
    public void Bind(sqlite3_stmt statement, int index, object? value)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(statement, index),
            string { Length: 0 } => raw.sqlite3_bind_text(statement, index, string.Empty),
            string text => raw.sqlite3_bind_text16(statement, index, text.AsSpan()),
            long n => raw.sqlite3_bind_int64(statement, index, n),
            int n => raw.sqlite3_bind_int64(statement, index, n),
            short n => raw.sqlite3_bind_int64(statement, index, n),
            byte n => raw.sqlite3_bind_int64(statement, index, n),
            bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
            double d when double.IsNaN(d) => throw new InvalidOperationException("Expected a number SQLite can store, but got NaN."),
            double d => raw.sqlite3_bind_double(statement, index, d),
            Guid guid => BindGuid(statement, index, guid),
            byte[] { Length: 0 } => raw.sqlite3_bind_zeroblob(statement, index, 0),
            byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
            _ => throw new NotSupportedException(
                $"Expected a value SQLite stores as an integer, real, text or blob, but got {value.GetType().Name}: add it to {nameof(PreparedStatements)}.{nameof(Bind)} as Microsoft.Data.Sqlite binds it."),
        };
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    /// <summary>Runs the statement to its end and gives it back; the rows it changed.</summary>
    public int Execute(sqlite3_stmt statement, string sql)
    {
        try
        {
            var rc = raw.sqlite3_step(statement);
            if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }

            return raw.sqlite3_changes(_db);
        }
        finally
        {
            Release(statement, sql);
        }
    }

    /// <summary>Gives a statement back unexecuted (or executed): its values cleared, finalized unless kept.</summary>
    public void Release(sqlite3_stmt statement, string sql)
    {
        raw.sqlite3_reset(statement);
        raw.sqlite3_clear_bindings(statement);
        if (!_kept.TryGetValue(sql, out var kept) || !ReferenceEquals(kept, statement))
        {
            statement.Dispose();
        }
    }

    /// <summary>Runs a statement without parameters (<c>SAVEPOINT</c>, <c>RELEASE</c>, …).</summary>
    public void Run(string sql) => Execute(Get(sql), sql);

    private static int BindGuid(sqlite3_stmt statement, int index, Guid guid)
    {
        Span<char> text = stackalloc char[36];
        guid.TryFormat(text, out _, "D");
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= 'a' and <= 'f')
            {
                text[i] = (char)(text[i] - ('a' - 'A'));
            }
        }

        return raw.sqlite3_bind_text16(statement, index, text);
    }

    /// <summary>Values are bound by position: the texts must number their parameters @p0, @p1, … in order of appearance.</summary>
    private static void CheckPositional(sqlite3_stmt statement, string sql)
    {
        var count = raw.sqlite3_bind_parameter_count(statement);
        for (var i = 1; i <= count; i++)
        {
            var name = raw.sqlite3_bind_parameter_name(statement, i).utf8_to_string();
            if (name != ParameterNames.Get(i - 1))
            {
                statement.Dispose();
                throw new InvalidOperationException($"Expected parameter {i} of \"{sql}\" to be {ParameterNames.Get(i - 1)}, but it is {name}.");
            }
        }
    }

    private void FinalizeAll()
    {
        foreach (var statement in _kept.Values)
        {
            statement.Dispose();
        }

        _kept.Clear();
        _db = null;
    }
}
