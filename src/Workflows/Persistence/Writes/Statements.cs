using System.Data.Common;
using Microsoft.Data.Sqlite;
using SocialInsurance.Workflows.Execution;

namespace SocialInsurance.Workflows.Persistence.Writes;

/// <summary>
/// Sends a flush's statements, each with its own parameters, and checks the rows they touched. On SQLite each statement
/// runs at once as a statement prepared on the connection and kept there (<see cref="PreparedStatements"/>), its values
/// bound by position: SQLite runs in process, so a statement more costs no round trip, and Microsoft.Data.Sqlite's own
/// commands allocate a parameter object, a binder and a UTF-8 copy of the name for every value at every execution
/// (bench/README.md, issue 14 §5). Elsewhere (PostgreSQL) they go as one <see cref="DbBatch"/>: one round trip, each
/// statement still its own, its parameters made by EF Core's type mappings.
/// </summary>
internal abstract partial class Statements : IAsyncDisposable
{
    /// <summary>Executed when this many parameters are pending, so no batch grows without bound (a chunk of a signal broadcast).</summary>
    private const int MaxPendingParameters = 15_000;

    public static Statements For(DbConnection connection, DbTransaction transaction) => connection switch
    {
        SqliteConnection sqlite => new Prepared(PreparedStatements.Of(sqlite)),
        _ when connection.CanCreateBatch => new Batched(connection, transaction),
        _ => new OneByOne(connection, transaction),
    };

    /// <summary>Starts a statement expected to touch <paramref name="expected"/> rows; its values follow by <see cref="Bind"/>, in parameter order.</summary>
    public abstract void Next(string sql, int expected);

    /// <summary>The current statement's next parameter (<c>@p0</c>, <c>@p1</c>, … in order): <paramref name="value"/> as <paramref name="column"/> maps it.</summary>
    public abstract void Bind(EntityColumn column, object? value);

    /// <summary>Ends the statement begun by <see cref="Next"/>.</summary>
    public abstract Task EndAsync(CancellationToken ct);

    /// <summary>Runs what is still pending and checks it.</summary>
    public abstract Task ExecuteAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    protected static void Check(int expected, int affected)
    {
        if (affected != expected)
        {
            throw new ConcurrencyConflictException(
                $"Expected the step's writes to touch {expected} row(s), but they touched {affected}: another writer changed the same instance, task or bookmark first.");
        }
    }

    private sealed class OneByOne(DbConnection connection, DbTransaction transaction) : Statements
    {
        private DbCommand? _command;
        private int _expected;

        public override void Next(string sql, int expected)
        {
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = sql;
            _expected = expected;
        }

        public override void Bind(EntityColumn column, object? value) =>
            _command!.Parameters.Add(column.CreateParameter(_command, ParameterNames.Get(_command.Parameters.Count), value));

        public override async Task EndAsync(CancellationToken ct)
        {
            var command = _command!;
            _command = null;
            int affected;
            try
            {
                affected = await command.ExecuteNonQueryAsync(ct);
            }
            finally
            {
                await command.DisposeAsync();
            }

            Check(_expected, affected);
        }

        public override Task ExecuteAsync(CancellationToken ct) => Task.CompletedTask;

        public override async ValueTask DisposeAsync()
        {
            if (_command is not null)
            {
                await _command.DisposeAsync();
            }
        }
    }

    private sealed class Batched(DbConnection connection, DbTransaction transaction) : Statements
    {
        // The type mappings make parameters through a command of the provider; this one is never executed.
        private readonly DbCommand _parameters = connection.CreateCommand();
        private DbBatch? _batch;
        private DbBatchCommand? _current;
        private int _expected;
        private int _pending;

        public override void Next(string sql, int expected)
        {
            _batch ??= NewBatch();
            _current = _batch.CreateBatchCommand();
            _current.CommandText = sql;
            _batch.BatchCommands.Add(_current);
            _expected += expected;
        }

        public override void Bind(EntityColumn column, object? value) =>
            _parameters.Parameters.Add(column.CreateParameter(_parameters, ParameterNames.Get(_parameters.Parameters.Count), value));

        public override Task EndAsync(CancellationToken ct)
        {
            // Moved over, the statement's parameters are numbered from @p0 again for the next one.
            var moved = new DbParameter[_parameters.Parameters.Count];
            _parameters.Parameters.CopyTo(moved, 0);
            _parameters.Parameters.Clear();
            _current!.Parameters.AddRange(moved);
            _pending += moved.Length;
            return _pending >= MaxPendingParameters ? ExecuteAsync(ct) : Task.CompletedTask;
        }

        public override async Task ExecuteAsync(CancellationToken ct)
        {
            if (_batch is null)
            {
                return;
            }

            var batch = _batch;
            var expected = _expected;
            _batch = null;
            _expected = 0;
            _pending = 0;
            int affected;
            try
            {
                affected = await batch.ExecuteNonQueryAsync(ct);
            }
            finally
            {
                await batch.DisposeAsync();
            }

            Check(expected, affected);
        }

        public override async ValueTask DisposeAsync()
        {
            if (_batch is not null)
            {
                await _batch.DisposeAsync();
            }

            await _parameters.DisposeAsync();
        }

        private DbBatch NewBatch()
        {
            var batch = connection.CreateBatch();
            batch.Connection = connection;
            batch.Transaction = transaction;
            return batch;
        }
    }
}
