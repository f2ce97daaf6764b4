using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;

namespace SocialInsurance.Workflows.Persistence.Schema;

/// <summary>
/// Brings one store's schema to its latest migration. A fresh database is migrated from nothing. A database created
/// before migrations existed (commit 6aaf388: tables made by "probe a table, else run the create script", no history
/// table) is adopted first: its tables are checked against the store's first migration (the baseline, which is that
/// schema), any baseline table the old code created lazily and this database never got is created, and the baseline is
/// recorded as applied; later migrations then run as usual. Callers hold <see cref="MigrationLock"/> around this.
/// </summary>
public static class StoreMigrator
{
    public static async Task MigrateAsync(DbContext db, CancellationToken ct)
    {
        await EnsureDatabaseAsync(db, ct);
        var history = db.GetService<IHistoryRepository>();
        var applied = await history.ExistsAsync(ct) ? await history.GetAppliedMigrationsAsync(ct) : [];
        if (applied.Count == 0)
        {
            await AdoptPreMigrationSchemaAsync(db, history, ct);
        }

        await db.Database.MigrateAsync(ct);
    }

    /// <summary>The store's first migration: the schema as it was when migrations were introduced.</summary>
    public static (string Id, Migration Migration) Baseline(DbContext db)
    {
        var assembly = db.GetService<IMigrationsAssembly>();
        var first = assembly.Migrations.OrderBy(m => m.Key, StringComparer.Ordinal).FirstOrDefault();
        if (first.Value is null)
        {
            throw new InvalidOperationException($"{db.GetType().Name} has no migrations for {db.Database.ProviderName}.");
        }

        return (first.Key, assembly.CreateMigration(first.Value, db.Database.ProviderName!));
    }

    private static async Task AdoptPreMigrationSchemaAsync(DbContext db, IHistoryRepository history, CancellationToken ct)
    {
        var (baselineId, baseline) = Baseline(db);
        var tables = baseline.UpOperations.OfType<CreateTableOperation>().ToList();
        var existing = await ColumnsByTableAsync(db, ct);
        var present = tables.Where(t => existing.ContainsKey(t.Name)).ToList();
        if (present.Count == 0)
        {
            return; // nothing of this store yet: a fresh database, Migrate() creates everything
        }

        var problems = present
            .SelectMany(t => t.Columns.Where(c => !existing[t.Name].Contains(c.Name)).Select(c => $"{t.Name}.{c.Name}"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database has tables of {db.GetType().Name} but no migration history, and its schema is not the one migrations start from " +
                $"(missing columns: {string.Join(", ", problems)}). Upgrade it through commit 6aaf388 first, or restore a backup.");
        }

        // Tables the old code created on first use (applicant tables, the deduction job's table) may never have been made.
        var missing = tables.Where(t => !existing.ContainsKey(t.Name)).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var create = baseline.UpOperations.Where(o => o switch
        {
            CreateTableOperation t => missing.Contains(t.Name),
            CreateIndexOperation i => missing.Contains(i.Table),
            _ => false,
        }).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (create.Count > 0)
        {
            foreach (var command in db.GetService<IMigrationsSqlGenerator>().Generate(create, db.Model))
            {
                await db.Database.ExecuteSqlRawAsync(command.CommandText, ct);
            }
        }

        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), ct);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baselineId, ProductInfo.GetVersion())), ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task EnsureDatabaseAsync(DbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(source));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            await creator.CreateAsync(ct);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers (the inbox, the progress view) run beside the single writer; it is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    /// <summary>Every table of the current schema with its column names (the tables' own case, as EF quotes them).</summary>
    public static async Task<Dictionary<string, HashSet<string>>> ColumnsByTableAsync(DbContext db, CancellationToken ct)
    {
        var sql = db.Database.IsSqlite()
            ? "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'"
            : "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()";
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var table = reader.GetString(0);
                if (!result.TryGetValue(table, out var columns))
                {
                    result[table] = columns = new HashSet<string>(StringComparer.Ordinal);
                }

                columns.Add(reader.GetString(1));
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }

        return result;
    }
}
