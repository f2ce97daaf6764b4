using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SocialInsurance.Workflows.Persistence.Writes;

/// <summary>
/// One engine table as EF Core's model describes it: column names, key, concurrency stamp, and the provider's type
/// mapping per column (which carries the value converters: UTC ticks on SQLite, timestamptz on PostgreSQL, enums as
/// text, tokens and variables as JSON). Writing through the model's own mappings keeps the rows byte-for-byte what
/// EF would write, without its change tracker: a step already declares every change it makes.
/// <para>
/// Each statement's text depends only on its shape (the table, and for an INSERT the number of rows), so it is built
/// once and kept; its parameters are numbered from <c>@p0</c> in column order. A step's writes used to rebuild the same
/// few texts with a <see cref="System.Text.StringBuilder"/> every time.
/// </para>
/// </summary>
internal sealed class EntityTable
{
    /// <summary>Multi-row INSERT texts kept per row count up to this; larger (rare: a batch's journal) are built each time.</summary>
    private const int CachedInsertRows = 64;

    private static readonly ConcurrentDictionary<(IModel, Type), EntityTable> Tables = new();

    private readonly EntityColumn[] _columns;
    private readonly EntityColumn[] _key;
    private readonly EntityColumn[] _updated;
    private readonly EntityColumn? _stamp;
    private readonly string _table;
    private readonly string _insertPrefix;
    private readonly string?[] _inserts = new string?[CachedInsertRows + 1];

    private EntityTable(IEntityType entityType)
    {
        _table = Quote(entityType.GetTableName()!);
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        _columns = entityType.GetProperties()
            .Select(p => new EntityColumn(Quote(p.GetColumnName(store)!), (RelationalTypeMapping)p.GetTypeMapping(), p.GetGetter(), p))
            .ToArray();
        var keyProperties = entityType.FindPrimaryKey()!.Properties;
        _key = _columns.Where(c => keyProperties.Contains(c.Property)).ToArray();
        // An UPDATE leaves out the columns of init-only properties (an instance's business key, unique key and parent, a
        // task's or bookmark's instance, a subscription's name and key): a row's object is made once, by its insert or
        // its load, so they never change; and SQLite deletes and re-inserts the entry of every index whose column a SET
        // names, changed or not — three of the four on every instance update.
        _updated = _columns.Where(c => !keyProperties.Contains(c.Property) && !IsInitOnly(c.Property)).ToArray();
        _stamp = _columns.SingleOrDefault(c => c.Property.IsConcurrencyToken);
        _insertPrefix = $"INSERT INTO {_table} ({string.Join(", ", _columns.Select(c => c.Name))}) VALUES ";

        var sets = string.Join(", ", _updated.Select((c, i) => $"{c.Name} = {ParameterNames.Get(i)}"));
        var whereKey = string.Join(" AND ", _key.Select((c, i) => $"{c.Name} = {ParameterNames.Get(_updated.Length + i)}"));
        Update = $"UPDATE {_table} SET {sets} WHERE {whereKey}";
        UpdateStamped = _stamp is null ? Update : $"{Update} AND {_stamp.Name} = {ParameterNames.Get(_updated.Length + _key.Length)}";
        Delete = $"DELETE FROM {_table} WHERE {string.Join(" AND ", _key.Select((c, i) => $"{c.Name} = {ParameterNames.Get(i)}"))}";
    }

    public static EntityTable For<T>(IModel model) => For(model, typeof(T));

    public static EntityTable For(IModel model, Type entity) =>
        Tables.GetOrAdd((model, entity), static key => new EntityTable(key.Item1.FindEntityType(key.Item2)
            ?? throw new InvalidOperationException($"Expected {key.Item2.Name} to be mapped, but the model does not know it.")));

    /// <summary>The quoted table name.</summary>
    public string Name => _table;

    /// <summary>The column of a property.</summary>
    public EntityColumn Column(string property) =>
        Array.Find(_columns, c => c.Property.Name == property)
        ?? throw new InvalidOperationException($"Expected {_table} to have a column for {property}, but it has none.");

    public int ParametersPerRow => _columns.Length;

    /// <summary>Every column, in the order <see cref="BindRow"/> binds them.</summary>
    public IReadOnlyList<EntityColumn> Columns => _columns;

    /// <summary>UPDATE by key of every column a loaded row's object can change (not its init-only ones); bound by <see cref="BindUpdate"/>.</summary>
    public string Update { get; }

    /// <summary>As <see cref="Update"/>, only where the row still carries the stamp it was read with.</summary>
    public string UpdateStamped { get; }

    /// <summary>DELETE by key; bound by <see cref="BindKey"/>.</summary>
    public string Delete { get; }

    public bool HasStamp => _stamp is not null;

    /// <summary>A multi-row INSERT of <paramref name="rows"/> rows; each row bound by <see cref="BindRow"/>, in order.</summary>
    public string Insert(int rows) => rows <= CachedInsertRows ? _inserts[rows] ??= BuildInsert(rows) : BuildInsert(rows);

    /// <summary>Adds one row's values to the current statement, continuing its parameter numbering.</summary>
    public void BindRow(Statements statements, object row)
    {
        foreach (var column in _columns)
        {
            statements.Bind(column, column.Getter.GetClrValueUsingContainingEntity(row));
        }
    }

    /// <summary>The values of <see cref="Update"/>, its key, and with <paramref name="originalStamp"/> the stamp of <see cref="UpdateStamped"/>.</summary>
    public void BindUpdate(Statements statements, object row, object? originalStamp)
    {
        foreach (var column in _updated)
        {
            statements.Bind(column, column.Getter.GetClrValueUsingContainingEntity(row));
        }

        BindKey(statements, row);
        if (_stamp is not null && originalStamp is not null)
        {
            statements.Bind(_stamp, originalStamp);
        }
    }

    public void BindKey(Statements statements, object row)
    {
        foreach (var column in _key)
        {
            statements.Bind(column, column.Getter.GetClrValueUsingContainingEntity(row));
        }
    }

    /// <summary>The stamp's current value, read before the step changes it.</summary>
    public object? StampOf(object row) => _stamp?.Getter.GetClrValueUsingContainingEntity(row);

    private static bool IsInitOnly(IProperty property) =>
        property.PropertyInfo?.SetMethod?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)) == true;

    private string BuildInsert(int rows)
    {
        var sql = new System.Text.StringBuilder(_insertPrefix, _insertPrefix.Length + rows * _columns.Length * 7);
        var n = 0;
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var i = 0; i < _columns.Length; i++)
            {
                sql.Append(i == 0 ? "" : ", ").Append(ParameterNames.Get(n++));
            }

            sql.Append(')');
        }

        return sql.ToString();
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>A column of an <see cref="EntityTable"/>: its quoted name, EF's type mapping (with the value converter) and the property's getter.</summary>
internal sealed record EntityColumn(string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter, IProperty Property)
{
    /// <summary>A value as its parameter carries it: through the column's converter (ticks, enum text, JSON), as EF would.</summary>
    public object? ToProvider(object? value) =>
        value is null || Mapping.Converter is not { } converter ? value : converter.ConvertToProvider(value);

    /// <summary>A parameter made by EF's type mapping, as EF would make it (its converter, its DbType).</summary>
    public DbParameter CreateParameter(DbCommand command, string name, object? value) =>
        Mapping.CreateParameter(command, name, value, Property.IsNullable);
}

/// <summary><c>@p0</c>, <c>@p1</c>, …: the names every statement numbers its parameters with, made once.</summary>
internal static class ParameterNames
{
    private static readonly string[] Names = Enumerable.Range(0, 1024).Select(Make).ToArray();

    public static string Get(int index) => index < Names.Length ? Names[index] : Make(index);

    private static string Make(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);
}
