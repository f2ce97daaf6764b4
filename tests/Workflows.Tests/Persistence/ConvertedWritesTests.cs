using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Persistence.Writes;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// On SQLite a step's values are converted for the provider before it takes the one writer
/// (<see cref="PendingWrites.ConvertForSqliteAsync"/>), and only bound and run while holding it. What the conversion
/// writes must be what the flush would have written, and a write declared after it must not be lost.
/// </summary>
public sealed class ConvertedWritesTests
{
    [Fact]
    public async Task AWriteDeclaredAfterTheConversion_IsFlushedToo()
    {
        await using var engine = await TestEngine.StartAsync();
        await using var db = await OpenAsync(engine);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var writes = new PendingWrites(db.Model);
        var instanceId = Guid.NewGuid();

        writes.Add(Entry(instanceId, 1));
        await writes.ConvertForSqliteAsync(CancellationToken.None);
        writes.Add(Entry(instanceId, 2));
        await writes.FlushAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), CancellationToken.None);

        Assert.Equal([1L, 2L], Rows(db, instanceId).Select(r => (long)r[1]!));
    }

    [Fact]
    public async Task ConvertedValues_AreStoredExactlyAsTheFlushConvertsThem()
    {
        await using var engine = await TestEngine.StartAsync();
        await using var db = await OpenAsync(engine);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var (direct, converted) = (Guid.NewGuid(), Guid.NewGuid());

        var plain = new PendingWrites(db.Model);
        plain.Add(Entry(direct, 1));
        await plain.FlushAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), CancellationToken.None);
        var ahead = new PendingWrites(db.Model);
        ahead.Add(Entry(converted, 1));
        await ahead.ConvertForSqliteAsync(CancellationToken.None);
        await ahead.FlushAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), CancellationToken.None);

        var expected = Assert.Single(Rows(db, direct)).Skip(1);
        var actual = Assert.Single(Rows(db, converted)).Skip(1);
        Assert.Equal(expected, actual);
    }

    private static JournalEntry Entry(Guid instanceId, int sequence) => new()
    {
        InstanceId = instanceId,
        Sequence = sequence,
        ElementId = "审核 review",
        ElementType = "userTask",
        Event = "started",
        TokenId = 3,
        Actor = null,
        At = new DateTimeOffset(2026, 12, 7, 15, 4, 5, TimeSpan.FromHours(8)),
        Data = "{\"grade\":\"缴费档次 3\"}",
    };

    private static async Task<WorkflowDbContext> OpenAsync(TestEngine engine)
    {
        var db = await engine.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        return db;
    }

    // Every column of the instance's journal rows as stored, in sequence order, with their storage classes.
    private static List<object?[]> Rows(WorkflowDbContext db, Guid instanceId)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = """
            SELECT "InstanceId", "Sequence", "ElementId", "ElementType", "Event", "TokenId", "Actor", "At", typeof("At"), "Data", typeof("Data")
            FROM "wf_journal" WHERE "InstanceId" = $id ORDER BY "Sequence"
            """;
        command.Parameters.AddWithValue("$id", instanceId.ToString().ToUpperInvariant());
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }

        return rows;
    }
}
