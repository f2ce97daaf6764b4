using System.Data.Common;
using System.Globalization;

namespace SocialInsurance.Api.Jobs;

public sealed partial class ContributionDeadlinesJob
{
    /// <summary>Column values as each provider's EF mapping stores them (SQLite: Guid as upper-case text, dates as text, instants as UTC ticks).</summary>
    private sealed class Writer(bool sqlite)
    {
        public object Id(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;

        public object Date(DateOnly? date) =>
            date is not { } d ? DBNull.Value : sqlite ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d;

        public object Time(DateTimeOffset at) => sqlite ? at.UtcTicks : at.ToUniversalTime();

        public DbParameter Add(DbCommand command, string name, object value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
            return parameter;
        }

        public DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in names)
            {
                Add(command, name, DBNull.Value);
            }

            return command;
        }

        public Task<int> RunAsync(DbCommand command, CancellationToken ct, params object[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }

            return command.ExecuteNonQueryAsync(ct);
        }
    }
}
