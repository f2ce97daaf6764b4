using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence;
using SocialInsurance.Workflows.Persistence.Schema;

namespace SocialInsurance.Workflows.Tests.Persistence;

public sealed class SqlitePragmasTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"pragmas-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task AStoresConnection_LeavesTheWalsCheckpointToTheHost_UpToItsBound()
    {
        // Given a store's context as the host builds it
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        StoreProvider.Use(builder, DatabaseProvider.Sqlite, $"Data Source={_path}", "__history", sqliteSynchronous: "NORMAL");
        await using var db = new WorkflowDbContext(builder.Options);

        // When its connection opens
        await db.Database.OpenConnectionAsync();

        // Then the connection checkpoints the WAL itself only past 10,000 pages, and keeps the configured durability
        Assert.Equal(SqlitePragmas.AutoCheckpointPages, await Pragma(db, "wal_autocheckpoint"));
        Assert.Equal(10_000, SqlitePragmas.AutoCheckpointPages);
        Assert.Equal(1L, await Pragma(db, "synchronous"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private static async Task<long> Pragma(WorkflowDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
