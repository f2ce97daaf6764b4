using Microsoft.Data.Sqlite;

namespace SocialInsurance.Workflows.Persistence.Writes;

internal abstract partial class Statements
{
    /// <summary>
    /// A step's statements for SQLite with every value already converted for the provider (ticks, enum text, JSON),
    /// made before the step's turn at the writer and run within it (<see cref="PendingWrites.ConvertForSqliteAsync"/>).
    /// Converting is most of a flush's managed work; done here, the one writer every other step waits for only binds and
    /// steps.
    /// </summary>
    public static Converted Converting() => new();

    internal sealed class Converted : Statements
    {
        // Each statement with where its values start in _values; they end where the next one's start.
        private readonly List<(string Sql, int Expected, int From)> _statements = [];
        private readonly List<object?> _values = [];

        public override void Next(string sql, int expected) => _statements.Add((sql, expected, _values.Count));

        public override void Bind(EntityColumn column, object? value) => _values.Add(column.ToProvider(value));

        public override Task EndAsync(CancellationToken ct) => Task.CompletedTask;

        public override Task ExecuteAsync(CancellationToken ct) => Task.CompletedTask;

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

        /// <summary>Runs the statements in order on the connection's prepared statements, each checked for the rows it must touch.</summary>
        public async Task RunAsync(SqliteConnection connection, CancellationToken ct)
        {
            await using var statements = new Prepared(PreparedStatements.Of(connection));
            for (var s = 0; s < _statements.Count; s++)
            {
                var (sql, expected, from) = _statements[s];
                var to = s + 1 < _statements.Count ? _statements[s + 1].From : _values.Count;
                statements.Next(sql, expected);
                for (var v = from; v < to; v++)
                {
                    statements.BindConverted(_values[v]);
                }

                await statements.EndAsync(ct);
            }
        }
    }
}
