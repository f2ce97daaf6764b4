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
        private readonly List<(string Sql, int Expected, int Values)> _statements = [];
        private readonly List<object?> _values = [];

        public override void Next(string sql, int expected) => _statements.Add((sql, expected, 0));

        public override void Bind(EntityColumn column, object? value)
        {
            _values.Add(column.ToProvider(value));
            var last = _statements[^1];
            _statements[^1] = last with { Values = last.Values + 1 };
        }

        public override Task EndAsync(CancellationToken ct) => Task.CompletedTask;

        public override Task ExecuteAsync(CancellationToken ct) => Task.CompletedTask;

        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

        /// <summary>Runs the statements in order on <paramref name="prepared"/>, each checked for the rows it must touch.</summary>
        public void Run(PreparedStatements prepared)
        {
            var next = 0;
            foreach (var (sql, expected, values) in _statements)
            {
                var statement = prepared.Get(sql);
                try
                {
                    for (var i = 0; i < values; i++)
                    {
                        prepared.Bind(statement, i + 1, _values[next + i]);
                    }
                }
                catch
                {
                    prepared.Release(statement, sql);
                    throw;
                }

                next += values;
                Check(expected, prepared.Execute(statement, sql));
            }
        }
    }
}
