using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SocialInsurance.Api.Tests.Persistence.Support;

/// <summary>
/// Fills every table a schema has with rows — whatever its tables, so a table added to a future snapshot is filled
/// without touching this code — and reads every row back as text, to compare before and after a migration. Values are
/// derived from (table, column, row number) and each column's type; a foreign key takes the value its referenced
/// column has in the same row number, so Identity's and the engine's foreign keys hold.
/// </summary>
public static partial class EveryTableRows
{
    public const int RowsPerTable = 3;

    public static async Task FillAsync(TestDatabase database, SchemaCatalog schema)
    {
        var references = schema.ForeignKeys.ToDictionary(k => (k.Table, k.Column), k => (k.ReferencedTable, k.ReferencedColumn));
        var pending = schema.Tables.Keys.Where(t => !SchemaCatalog.IsBookkeeping(t)).Order(StringComparer.Ordinal).ToList();
        var filled = new HashSet<string>(StringComparer.Ordinal);
        var sql = new StringBuilder();
        while (pending.Count > 0)
        {
            // Parents first: a table is filled once every table its foreign keys reference is.
            var ready = pending.First(t => schema.ForeignKeys.Where(k => k.Table == t).All(k => k.ReferencedTable == t || filled.Contains(k.ReferencedTable)));
            var columns = schema.Tables[ready];
            for (var row = 0; row < RowsPerTable; row++)
            {
                var values = columns.Select(c =>
                {
                    var (table, column) = references.TryGetValue((ready, c.Name), out var parent) ? parent : (ready, c.Name);
                    var type = schema.Tables[table].Single(x => x.Name == column).Type;
                    return Literal(database.IsPostgres, table, column, type, row);
                });
                sql.Append(CultureInfo.InvariantCulture, $"INSERT INTO \"{ready}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", values)});\n");
            }

            filled.Add(ready);
            pending.Remove(ready);
        }

        await database.ExecuteAsync(sql.ToString());
    }

    /// <summary>Every row of every data table, each as its columns' text (in column order, by column name).</summary>
    public static async Task<Dictionary<string, List<string>>> ReadAsync(TestDatabase database, SchemaCatalog schema, IReadOnlyDictionary<string, IReadOnlyList<CatalogColumn>>? columnsOf = null)
    {
        await using var connection = await database.OpenAsync();
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (table, columns) in (columnsOf ?? schema.Tables).Where(t => !SchemaCatalog.IsBookkeeping(t.Key)))
        {
            var select = string.Join(", ", columns.Select(c => database.IsPostgres ? $"\"{c.Name}\"::text" : $"CAST(\"{c.Name}\" AS TEXT)"));
            var rows = await SchemaCatalog.RowsAsync(connection, $"SELECT {select} FROM \"{table}\"");
            result[table] = rows
                .Select(r => string.Join(" | ", columns.Select((c, i) => $"{c.Name}={(r[i] is DBNull ? "NULL" : r[i])}")))
                .ToList();
        }

        return result;
    }

    private static string Literal(bool postgres, string table, string column, string type, int row)
    {
        var t = type.ToLowerInvariant();
        if (postgres)
        {
            return t switch
            {
                "integer" or "bigint" or "smallint" => (row + 1).ToString(CultureInfo.InvariantCulture),
                "boolean" => row % 2 == 0 ? "TRUE" : "FALSE",
                "numeric" or "double precision" or "real" => (row + 1.25m).ToString(CultureInfo.InvariantCulture),
                "date" => $"'{new DateOnly(2026, 1, 1).AddDays(row):yyyy-MM-dd}'",
                "timestamp with time zone" => $"'{new DateTime(2026, 1, 1, 8, 30, 0, DateTimeKind.Utc).AddDays(row):yyyy-MM-ddTHH:mm:ss}Z'",
                "uuid" => $"'{Uuid(table, column, row)}'",
                "jsonb" or "json" => $"'{{\"row\": {row}, \"column\": \"{column}\"}}'",
                _ => Text(table, column, row, MaxLength(t)),
            };
        }

        return t.Contains("int", StringComparison.Ordinal)
            ? (row + 1).ToString(CultureInfo.InvariantCulture)
            : t is "real" or "numeric" ? (row + 1.25m).ToString(CultureInfo.InvariantCulture) : Text(table, column, row, MaxLength(t));
    }

    private static string Text(string table, string column, int row, int? maxLength)
    {
        // The row number first, so a length limit never makes two rows equal.
        var value = $"{row}-{table}.{column}-测试";
        if (maxLength is { } max && value.Length > max)
        {
            value = value[..max];
        }

        return $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
    }

    private static int? MaxLength(string type) =>
        LengthPattern().Match(type) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static Guid Uuid(string table, string column, int row) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes($"{table}.{column}.{row}")));

    [GeneratedRegex(@"\((\d+)\)")]
    private static partial Regex LengthPattern();
}
