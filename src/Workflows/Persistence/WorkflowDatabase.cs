using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// Creates the engine's tables on first start. Not <c>EnsureCreated</c>: that skips a database that already has any
/// table, and the case data lives in the same database (so a step and its domain change share one transaction). The
/// script comes from the configured provider, so SQLite and PostgreSQL each get their own types.
/// </summary>
public sealed class WorkflowDatabase(IDbContextFactory<WorkflowDbContext> contexts, IDbContextFactory<Decisions.DecisionDbContext> decisions)
{
    public async Task EnsureCreatedAsync(CancellationToken ct = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            await SchemaCreator.EnsureTablesAsync(db, probeTable: "wf_definitions", ct);
        }

        await using var decisionDb = await decisions.CreateDbContextAsync(ct);
        await SchemaCreator.EnsureTablesAsync(decisionDb, Decisions.DecisionDbContext.ProbeTable, ct);
    }
}

/// <summary>Shared by every DbContext that lives in the one database: create its tables when its probe table is missing.</summary>
public static class SchemaCreator
{
    public static async Task EnsureTablesAsync(DbContext db, string probeTable, CancellationToken ct)
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

        if (await TableExistsAsync(db, probeTable, ct))
        {
            return;
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript(), ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbException)
        {
            // Another node may have created the schema at the same moment; theirs is the same. Anything else rethrows.
            if (!await TableExistsAsync(db, probeTable, ct))
            {
                throw;
            }
        }
    }

    private static async Task<bool> TableExistsAsync(DbContext db, string table, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            // Delimited: unquoted, PostgreSQL folds AspNetUsers to aspnetusers, the probe always missed, and a second
            // start re-ran the create script into 42P07 (issue 11). The create script quotes every name the same way.
            var name = db.GetService<ISqlGenerationHelper>().DelimitIdentifier(table);
            command.CommandText = $"SELECT COUNT(*) FROM {name} WHERE 1 = 0";
            await command.ExecuteScalarAsync(ct);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
