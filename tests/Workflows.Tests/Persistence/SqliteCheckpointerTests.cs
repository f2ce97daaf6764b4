using Microsoft.Data.Sqlite;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Workflows.Tests.Persistence;

public sealed class SqliteCheckpointerTests
{
    [Fact]
    public async Task Checkpoint_CopiesTheWholeLogIntoTheDatabase_WhileAnotherConnectionKeepsItOpen()
    {
        // Given a WAL database whose writer never checkpoints, with 200 commits in its log and the writer still open
        var path = Path.Combine(Path.GetTempPath(), $"wal-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={path}";
        await using var writer = new SqliteConnection(connectionString);
        await writer.OpenAsync();
        await Execute(writer, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);");
        for (var i = 0; i < 200; i++)
        {
            await Execute(writer, $"INSERT INTO t (v) VALUES ('{new string('x', 500)}')");
        }

        var checkpointer = new SqliteCheckpointer(new WorkflowOptions { ConnectionString = connectionString });

        // When
        var (logFrames, checkpointed) = await checkpointer.CheckpointAsync(CancellationToken.None);

        // Then every frame of the log is in the database file, and the writer goes on writing
        Assert.True(logFrames >= 200, $"expected at least 200 frames in the log, found {logFrames}");
        Assert.Equal(logFrames, checkpointed);
        await Execute(writer, "INSERT INTO t (v) VALUES ('after')");
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    [Fact]
    public void Checkpointer_IsOff_OnPostgreSql()
    {
        // Given / When
        var checkpointer = new SqliteCheckpointer(new WorkflowOptions { Provider = DatabaseProvider.PostgreSql });

        // Then
        Assert.False(checkpointer.Enabled);
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
