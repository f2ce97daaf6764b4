using System.Buffers.Text;
using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using SocialInsurance.Workflows.Persistence.Writes;
using SQLitePCL;

namespace SocialInsurance.Workflows.Persistence.Reads;

/// <summary>
/// Rows of one engine table read straight off a SQLite statement into the object EF Core would make of them: each
/// column as its type mapping's provider type, through the mapping's converter (UTC ticks, enum text, JSON), then EF's
/// own materializer for the entity type, which sets constructor parameters, init-only properties and backing fields as
/// EF's queries do. The step's writes already bypass EF's command pipeline (<see cref="PendingWrites"/>); its reads went
/// through it, and EF's per-query cost (a new command prepared each time, the shaper, the enumerator) was more than half
/// of a task completion's CPU in the engine bench (bench/README.md, issue 14).
/// <para>
/// Columns are selected in <see cref="EntityTable.Columns"/> order, the order the writes bind them. A provider type this
/// does not know fails when the reader is built, for the whole table, not when a row with that column is first read.
/// </para>
/// </summary>
internal sealed class EntityReader
{
    private static readonly ConcurrentDictionary<(IModel, Type), EntityReader> Readers = new();

    private readonly EntityTable _table;
    private readonly ColumnRead[] _reads;
    private readonly int _propertyCount;
    private readonly Func<MaterializationContext, object> _materialize;

    private EntityReader(IEntityType entityType, EntityTable table, IStructuralTypeMaterializerSource materializers)
    {
        _table = table;
        // A row's values sit at their properties' indexes, as EF Core's own queries lay them out.
        _propertyCount = entityType.GetProperties().Max(p => p.GetIndex()) + 1;
        _reads = table.Columns.Select(c => new ColumnRead(c.Property.GetIndex(), ProviderRead(c), c.Mapping.Converter)).ToArray();
        _materialize = materializers.GetMaterializer(entityType);
        Select = $"SELECT {string.Join(", ", table.Columns.Select(c => c.Name))} FROM {table.Name}";
    }

    /// <summary><c>SELECT</c> every column <c>FROM</c> the table, for a <c>WHERE</c> to follow.</summary>
    public string Select { get; }

    public static EntityReader For<T>(DbContext db) =>
        Readers.GetOrAdd((db.Model, typeof(T)), static (key, db) =>
        {
            var entityType = key.Item1.FindEntityType(key.Item2)
                ?? throw new InvalidOperationException($"Expected {key.Item2.Name} to be mapped, but the model does not know it.");
            return new EntityReader(entityType, EntityTable.For(key.Item1, key.Item2), db.GetService<IStructuralTypeMaterializerSource>());
        }, db);

    /// <summary>The quoted column of a property, for a <c>WHERE</c> or <c>ORDER BY</c>.</summary>
    public string Column(string property) => _table.Column(property).Name;

    /// <summary>The provider value a parameter compared with this property's column carries (enum text, ticks, …).</summary>
    public object? Parameter(string property, object? value) => _table.Column(property).ToProvider(value);

    /// <summary>The entity of the row the statement stands on.</summary>
    public T Read<T>(sqlite3_stmt statement, DbContext db) where T : class
    {
        var values = new object?[_propertyCount];
        for (var i = 0; i < _reads.Length; i++)
        {
            var read = _reads[i];
            if (raw.sqlite3_column_type(statement, i) == raw.SQLITE_NULL)
            {
                continue;
            }

            var value = read.Provider(statement, i);
            values[read.Index] = read.Converter is { } converter ? converter.ConvertFromProvider(value) : value;
        }

        return (T)_materialize(new MaterializationContext(new ValueBuffer(values), db));
    }

    private static Func<sqlite3_stmt, int, object> ProviderRead(EntityColumn column)
    {
        var type = column.Mapping.Converter?.ProviderClrType ?? column.Mapping.ClrType;
        type = Nullable.GetUnderlyingType(type) ?? type;
        return Type.GetTypeCode(type) switch
        {
            TypeCode.String => static (s, i) => raw.sqlite3_column_text(s, i).utf8_to_string(),
            TypeCode.Int64 => static (s, i) => raw.sqlite3_column_int64(s, i),
            TypeCode.Int32 => static (s, i) => checked((int)raw.sqlite3_column_int64(s, i)),
            TypeCode.Int16 => static (s, i) => checked((short)raw.sqlite3_column_int64(s, i)),
            TypeCode.Byte => static (s, i) => checked((byte)raw.sqlite3_column_int64(s, i)),
            TypeCode.Boolean => static (s, i) => raw.sqlite3_column_int64(s, i) != 0,
            TypeCode.Double => static (s, i) => raw.sqlite3_column_double(s, i),
            _ when type == typeof(Guid) => static (s, i) => ReadGuid(s, i),
            _ when type == typeof(byte[]) => static (s, i) => raw.sqlite3_column_blob(s, i).ToArray(),
            _ => throw new NotSupportedException(
                $"Expected {column.Property.DeclaringType.ClrType.Name}.{column.Property.Name} to be stored as text, an integer, a real, a Guid or a blob, but its provider type is {type.Name}: add it to {nameof(EntityReader)} as Microsoft.Data.Sqlite reads it."),
        };
    }

    /// <summary>As Microsoft.Data.Sqlite reads a Guid: 16 bytes of a blob, otherwise its text.</summary>
    private static object ReadGuid(sqlite3_stmt statement, int index)
    {
        // The type first: asking for the bytes may convert the value, after which its type is undefined.
        var isBlob = raw.sqlite3_column_type(statement, index) == raw.SQLITE_BLOB;
        var bytes = raw.sqlite3_column_blob(statement, index);
        if (isBlob && bytes.Length == 16)
        {
            return new Guid(bytes);
        }

        return Utf8Parser.TryParse(bytes, out Guid guid, out var consumed) && consumed == bytes.Length
            ? guid
            : Guid.Parse(raw.sqlite3_column_text(statement, index).utf8_to_string());
    }

    private sealed record ColumnRead(int Index, Func<sqlite3_stmt, int, object> Provider, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter);
}
