using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SocialInsurance.Api.Benchmarks;

/// <summary>
/// A prepared INSERT over every column of a table as it exists (later migrations add columns): a column the generator
/// does not know gets its declared default, else 0 or '' when it is NOT NULL (task priority has a default; a NULL
/// sent for it fails the constraint).
/// </summary>
internal sealed class SqliteInsert(SqliteCommand command, List<(string Name, bool NotNull, string Type, object? Default)> columns, SqliteParameter[] parameters)
{
    public static async Task<SqliteInsert> PrepareAsync(SqliteConnection connection, string table)
    {
        var columns = new List<(string Name, bool NotNull, string Type, object? Default)>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"PRAGMA table_info({table})";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(1), reader.GetInt32(3) == 1, reader.GetString(2), reader.IsDBNull(4) ? null : Literal(reader.GetString(4))));
            }
        }

        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(',', columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(',', columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) => command.CreateParameter()).ToArray();
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].ParameterName = "$p" + i;
            command.Parameters.Add(parameters[i]);
        }

        return new SqliteInsert(command, columns, parameters);
    }

    public void Run(SqliteTransaction transaction, Dictionary<string, object?> values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < columns.Count; i++)
        {
            var (name, notNull, type, fallback) = columns[i];
            var value = values.TryGetValue(name, out var v) ? v
                : fallback ?? (notNull ? (type.Contains("INT", StringComparison.OrdinalIgnoreCase) ? 0 : "") : null);
            parameters[i].Value = value switch
            {
                null => DBNull.Value,
                Guid g => g.ToString("D").ToUpperInvariant(),
                _ => value,
            };
        }

        command.ExecuteNonQuery();
    }

    /// <summary>A default as <c>PRAGMA table_info</c> shows it: <c>50</c>, <c>'text'</c> or <c>NULL</c>.</summary>
    private static object? Literal(string text) =>
        text.Equals("NULL", StringComparison.OrdinalIgnoreCase) ? null
        : text.StartsWith('\'') ? text[1..^1].Replace("''", "'", StringComparison.Ordinal)
        : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number
        : double.Parse(text, CultureInfo.InvariantCulture);
}
