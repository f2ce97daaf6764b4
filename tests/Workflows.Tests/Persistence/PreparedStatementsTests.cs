using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Compensation;
using SocialInsurance.Workflows.Execution.Incidents;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.Messages;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Persistence.Writes;
using SQLitePCL;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// The step's writes on SQLite bind their values straight into statements kept per connection (issue 14 §5): what they
/// store must be what EF Core's parameters store, and no statement may outlive its connection.
/// </summary>
public sealed class PreparedStatementsTests
{
    private const string Probe = "SELECT typeof(@p0), quote(@p0)";

    [Fact]
    public async Task PreparedStatements_BindEveryEngineColumn_AsEfCoreParametersDo()
    {
        // Given: every column of every table a step writes, with a value of its type and, where allowed, null
        await using var engine = await TestEngine.StartAsync();
        await using var db = await engine.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var prepared = PreparedStatements.Of(connection);
        var columns = Tables(db).SelectMany(t => t.Columns).ToList();

        foreach (var column in columns)
        {
            foreach (var value in SampleValues(column))
            {
                // When: the same value through EF's type mapping and a Microsoft.Data.Sqlite command, and bound directly
                await using var command = connection.CreateCommand();
                command.CommandText = Probe;
                command.Parameters.Add(column.CreateParameter(command, "@p0", value));
                await using var reader = await command.ExecuteReaderAsync();
                Assert.True(await reader.ReadAsync());
                var throughEf = (reader.GetString(0), reader.GetString(1));

                var statement = prepared.Get(Probe);
                prepared.Bind(statement, 1, column.ToProvider(value));
                Assert.Equal(raw.SQLITE_ROW, raw.sqlite3_step(statement));
                var direct = (raw.sqlite3_column_text(statement, 0).utf8_to_string(), raw.sqlite3_column_text(statement, 1).utf8_to_string());
                prepared.Release(statement, Probe);

                // Then: the same storage class and the same stored value
                Assert.True(throughEf == direct, $"{column.Property.DeclaringType.ClrType.Name}.{column.Property.Name}: EF stores {throughEf}, direct binding {direct}");
            }
        }

        Assert.True(columns.Count > 50, $"Expected the engine's tables to have been found, but got {columns.Count} columns");
    }

    [Fact]
    public async Task PreparedStatements_AreFinalized_WhenTheirConnectionCloses()
    {
        // Given: a statement prepared and kept on an open (pooled) connection
        var path = Path.Combine(Path.GetTempPath(), $"si-prepared-{Guid.NewGuid():N}.db");
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        var handle = connection.Handle!;
        handle.enable_sqlite3_next_stmt(true);
        var prepared = PreparedStatements.Of(connection);
        prepared.Run("CREATE TABLE t (v TEXT)");
        prepared.Run("SAVEPOINT s");
        prepared.Run("RELEASE s");
        Assert.NotNull(raw.sqlite3_next_stmt(handle, null));

        // When: the connection closes (its native handle goes back to the pool, still open)
        await connection.CloseAsync();

        // Then: no statement is left on that handle, and the connection prepares afresh once reopened
        Assert.Null(raw.sqlite3_next_stmt(handle, null));
        await connection.OpenAsync();
        prepared.Run("SAVEPOINT s");
        prepared.Run("RELEASE s");
        await connection.CloseAsync();
        SqliteConnection.ClearPool(connection);
        File.Delete(path);
    }

    [Fact]
    public async Task PreparedStatements_AreNotKept_WhenTheirTextIsAHugeBatch()
    {
        // Given: an INSERT of many rows, as a signal broadcast writes its journal
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        connection.Handle!.enable_sqlite3_next_stmt(true);
        var prepared = PreparedStatements.Of(connection);
        prepared.Run("CREATE TABLE t (v TEXT)");
        var rows = Enumerable.Range(0, 3_000).Select(i => ParameterNames.Get(i)).ToArray();
        var insert = "INSERT INTO t (v) VALUES " + string.Join(", ", rows.Select(p => $"({p})"));
        var statement = prepared.Get(insert);
        for (var i = 1; i <= rows.Length; i++)
        {
            prepared.Bind(statement, i, "row");
        }

        // When
        var inserted = prepared.Execute(statement, insert);

        // Then: written, and its compiled program not left on the connection (only the short CREATE is kept)
        Assert.Equal(3_000, inserted);
        var kept = raw.sqlite3_next_stmt(connection.Handle, null);
        Assert.NotNull(kept);
        Assert.Null(raw.sqlite3_next_stmt(connection.Handle, kept));
    }

    [Fact]
    public async Task PreparedStatements_StillRun_AfterTheSchemaChangedUnderThem()
    {
        // Given: an INSERT prepared and kept on one connection
        var path = Path.Combine(Path.GetTempPath(), $"si-prepared-{Guid.NewGuid():N}.db");
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        var prepared = PreparedStatements.Of(connection);
        prepared.Run("CREATE TABLE t (v TEXT)");
        const string insert = "INSERT INTO t (v) VALUES (@p0)";
        var statement = prepared.Get(insert);
        prepared.Bind(statement, 1, "before");
        Assert.Equal(1, prepared.Execute(statement, insert));

        // When: another connection migrates the table
        await using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await other.OpenAsync();
            await using var alter = other.CreateCommand();
            alter.CommandText = "ALTER TABLE t ADD COLUMN w TEXT NOT NULL DEFAULT 'x'";
            await alter.ExecuteNonQueryAsync();
        }

        // Then: the kept statement is re-prepared by SQLite and writes into the new shape
        statement = prepared.Get(insert);
        prepared.Bind(statement, 1, "after");
        Assert.Equal(1, prepared.Execute(statement, insert));
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM t WHERE w = 'x'";
        Assert.Equal(2L, (long)(await count.ExecuteScalarAsync())!);
        await connection.CloseAsync();
        File.Delete(path);
    }

    private static IEnumerable<EntityTable> Tables(WorkflowDbContext db) =>
    [
        EntityTable.For<ProcessInstance>(db.Model), EntityTable.For<UserTaskInstance>(db.Model), EntityTable.For<TaskCandidate>(db.Model),
        EntityTable.For<Bookmark>(db.Model), EntityTable.For<Incident>(db.Model), EntityTable.For<JournalEntry>(db.Model),
        EntityTable.For<BufferedMessage>(db.Model), EntityTable.For<CompensationRecord>(db.Model),
    ];

    private static IEnumerable<object?> SampleValues(EntityColumn column)
    {
        var type = Nullable.GetUnderlyingType(column.Property.ClrType) ?? column.Property.ClrType;
        object? value = type switch
        {
            _ when type == typeof(Guid) => Guid.NewGuid(),
            _ when type == typeof(string) => "审核 review ✓",
            _ when type == typeof(DateTimeOffset) => new DateTimeOffset(2026, 12, 6, 9, 30, 0, TimeSpan.FromHours(8)),
            _ when type == typeof(bool) => true,
            _ when type.IsEnum => Enum.GetValues(type).GetValue(Enum.GetValues(type).Length - 1),
            _ when type.IsPrimitive => Convert.ChangeType(42, type, System.Globalization.CultureInfo.InvariantCulture),
            _ when type == typeof(IReadOnlyDictionary<string, string>) => new Dictionary<string, string> { ["字段"] = "值 value" },
            _ when type == typeof(JsonObject) => new JsonObject { ["申请人"] = "applicant1", ["amount"] = 1.5 },
            _ => Activator.CreateInstance(type),
        };
        yield return value;
        if (type == typeof(string))
        {
            yield return "";
        }

        if (column.Property.IsNullable)
        {
            yield return null;
        }
    }
}
