using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SocialInsurance.Workflows.Persistence.Writes;

/// <summary>
/// One engine table as EF Core's model describes it: column names, key, concurrency stamp, and the provider's type
/// mapping per column (which carries the value converters: UTC ticks on SQLite, timestamptz on PostgreSQL, enums as
/// text, tokens and variables as JSON). Writing through the model's own mappings keeps the rows byte-for-byte what
/// EF would write, without its change tracker: a step already declares every change it makes.
/// </summary>
internal sealed class EntityTable
{
    private static readonly ConcurrentDictionary<(IModel, Type), EntityTable> Tables = new();

    private readonly Column[] _columns;
    private readonly Column[] _key;
    private readonly Column[] _values;
    private readonly Column? _stamp;
    private readonly string _insertPrefix;
    private readonly string _table;

    private EntityTable(IEntityType entityType)
    {
        _table = Quote(entityType.GetTableName()!);
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        _columns = entityType.GetProperties()
            .Select(p => new Column(Quote(p.GetColumnName(store)!), (RelationalTypeMapping)p.GetTypeMapping(), p.GetGetter(), p))
            .ToArray();
        var keyProperties = entityType.FindPrimaryKey()!.Properties;
        _key = _columns.Where(c => keyProperties.Contains(c.Property)).ToArray();
        _values = _columns.Where(c => !keyProperties.Contains(c.Property)).ToArray();
        _stamp = _columns.SingleOrDefault(c => c.Property.IsConcurrencyToken);
        _insertPrefix = $"INSERT INTO {_table} ({string.Join(", ", _columns.Select(c => c.Name))}) VALUES ";
    }

    public static EntityTable For<T>(IModel model) =>
        Tables.GetOrAdd((model, typeof(T)), static key => new EntityTable(key.Item1.FindEntityType(key.Item2)
            ?? throw new InvalidOperationException($"Expected {key.Item2.Name} to be mapped, but the model does not know it.")));

    public int ParametersPerRow => _columns.Length;

    /// <summary>Appends one multi-row INSERT for <paramref name="rows"/>.</summary>
    public void AppendInsert(DbCommand command, StringBuilder sql, IEnumerable<object> rows)
    {
        sql.Append(_insertPrefix);
        var first = true;
        foreach (var row in rows)
        {
            sql.Append(first ? "(" : ", (");
            first = false;
            for (var i = 0; i < _columns.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append(Parameter(command, _columns[i], row));
            }

            sql.Append(')');
        }

        sql.Append(";\n");
    }

    /// <summary>
    /// Appends an UPDATE of every column by key; with a concurrency stamp, only where the row still carries
    /// <paramref name="originalStamp"/> (so a writer that lost the race changes no row, and the caller sees it).
    /// </summary>
    public void AppendUpdate(DbCommand command, StringBuilder sql, object row, object? originalStamp)
    {
        sql.Append("UPDATE ").Append(_table).Append(" SET ");
        for (var i = 0; i < _values.Length; i++)
        {
            sql.Append(i == 0 ? "" : ", ").Append(_values[i].Name).Append(" = ").Append(Parameter(command, _values[i], row));
        }

        AppendWhereKey(command, sql, row);
        if (_stamp is not null && originalStamp is not null)
        {
            sql.Append(" AND ").Append(_stamp.Name).Append(" = ").Append(Parameter(command, _stamp, originalStamp, raw: true));
        }

        sql.Append(";\n");
    }

    public void AppendDelete(DbCommand command, StringBuilder sql, object row)
    {
        sql.Append("DELETE FROM ").Append(_table);
        AppendWhereKey(command, sql, row);
        sql.Append(";\n");
    }

    /// <summary>The stamp's current value, read before the step changes it.</summary>
    public object? StampOf(object row) => _stamp?.Getter.GetClrValueUsingContainingEntity(row);

    private void AppendWhereKey(DbCommand command, StringBuilder sql, object row)
    {
        for (var i = 0; i < _key.Length; i++)
        {
            sql.Append(i == 0 ? " WHERE " : " AND ").Append(_key[i].Name).Append(" = ").Append(Parameter(command, _key[i], row));
        }
    }

    private static string Parameter(DbCommand command, Column column, object source, bool raw = false)
    {
        var name = "@p" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var value = raw ? source : column.Getter.GetClrValueUsingContainingEntity(source);
        command.Parameters.Add(column.Mapping.CreateParameter(command, name, value, column.Property.IsNullable));
        return name;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record Column(string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter, IProperty Property);
}
