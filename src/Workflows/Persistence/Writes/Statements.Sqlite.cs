using SQLitePCL;

namespace SocialInsurance.Workflows.Persistence.Writes;

internal abstract partial class Statements
{
    /// <summary>SQLite: each statement prepared once per connection (<see cref="PreparedStatements"/>), bound by position and run at <see cref="EndAsync"/>.</summary>
    private sealed class Prepared(PreparedStatements prepared) : Statements
    {
        private sqlite3_stmt? _statement;
        private string _sql = "";
        private int _index;
        private int _expected;

        public override void Next(string sql, int expected)
        {
            _statement = prepared.Get(sql);
            _sql = sql;
            _index = 0;
            _expected = expected;
        }

        public override void Bind(EntityColumn column, object? value) => BindConverted(column.ToProvider(value));

        /// <summary>Binds a value already converted for the provider (<see cref="Converted"/>).</summary>
        public void BindConverted(object? value) => prepared.Bind(_statement!, ++_index, value);

        public override Task EndAsync(CancellationToken ct)
        {
            var statement = _statement!;
            _statement = null;
            Check(_expected, prepared.Execute(statement, _sql));
            return Task.CompletedTask;
        }

        public override Task ExecuteAsync(CancellationToken ct) => Task.CompletedTask;

        public override ValueTask DisposeAsync()
        {
            if (_statement is not null)
            {
                // A bind failed: the statement goes back with its values cleared.
                prepared.Release(_statement, _sql);
                _statement = null;
            }

            return ValueTask.CompletedTask;
        }
    }
}
