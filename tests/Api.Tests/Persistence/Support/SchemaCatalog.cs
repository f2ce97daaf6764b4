using System.Data.Common;

namespace SocialInsurance.Api.Tests.Persistence.Support;

/// <summary>What a database holds, read from its catalog: tables, columns (type, nullability), foreign keys, indexes.</summary>
public sealed record SchemaCatalog(
    IReadOnlyDictionary<string, IReadOnlyList<CatalogColumn>> Tables,
    IReadOnlyList<CatalogForeignKey> ForeignKeys,
    IReadOnlySet<string> Indexes)
{
    /// <summary>Migration bookkeeping, not data: each store's history table and EF's SQLite lock table.</summary>
    public static bool IsBookkeeping(string table) =>
        table.EndsWith("_schema_migrations", StringComparison.Ordinal) || table.StartsWith("__EFMigrations", StringComparison.Ordinal)
        || table == "sqlite_sequence";

    public static async Task<SchemaCatalog> ReadAsync(TestDatabase database)
    {
        await using var connection = await database.OpenAsync();
        var columns = await RowsAsync(connection, database.IsPostgres
            ? """
              SELECT table_name, column_name, data_type || COALESCE('(' || character_maximum_length || ')', ''), is_nullable = 'YES'
              FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position
              """
            : """
              SELECT m.name, p.name, p.type, p."notnull" = 0 FROM sqlite_master m JOIN pragma_table_info(m.name) p
              WHERE m.type = 'table' ORDER BY m.name, p.cid
              """);
        var keys = await RowsAsync(connection, database.IsPostgres
            ? """
              SELECT cl.relname, a.attname, fcl.relname, fa.attname
              FROM pg_constraint c
              JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_class fcl ON fcl.oid = c.confrelid
              JOIN pg_attribute a ON a.attrelid = cl.oid AND a.attnum = c.conkey[1]
              JOIN pg_attribute fa ON fa.attrelid = fcl.oid AND fa.attnum = c.confkey[1]
              WHERE c.contype = 'f' AND cl.relnamespace = 'public'::regnamespace
              """
            : """
              SELECT m.name, f."from", f."table", f."to" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table'
              """);
        var indexes = await RowsAsync(connection, database.IsPostgres
            ? "SELECT tablename || '.' || indexname FROM pg_indexes WHERE schemaname = 'public'"
            : "SELECT tbl_name || '.' || name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'");
        return new SchemaCatalog(
            columns.GroupBy(c => (string)c[0]).ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<CatalogColumn>)g.Select(c => new CatalogColumn((string)c[1], (string)c[2], Convert.ToBoolean(c[3]))).ToList()),
            keys.Select(k => new CatalogForeignKey((string)k[0], (string)k[1], (string)k[2], (string)k[3])).ToList(),
            indexes.Select(i => (string)i[0]).ToHashSet(StringComparer.Ordinal));
    }

    public static async Task<List<object[]>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }
}

public sealed record CatalogColumn(string Name, string Type, bool Nullable);

public sealed record CatalogForeignKey(string Table, string Column, string ReferencedTable, string ReferencedColumn);
