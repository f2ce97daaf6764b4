using Microsoft.Data.Sqlite;
using SocialInsurance.Workflows.Persistence.Writes;

namespace SocialInsurance.Workflows.Tests.Persistence;

/// <summary>
/// The WAL's writes gathered per transaction (<see cref="WalWriteCoalescing"/>): fewer system calls, and every committed
/// byte in the file before the commit returns — which another connection, reading through its own file handle, shows.
/// Statements run synchronously, so the VFS's per-thread counts are this test's own.
/// </summary>
public sealed class WalWriteCoalescingTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"wal-coalescing-{Guid.NewGuid():N}.db");

    public WalWriteCoalescingTests() => Assert.True(WalWriteCoalescing.EnsureRegistered());

    [Fact]
    public void ATransactionsFrames_ReachTheWal_InOneWrite()
    {
        // Given a WAL database with a table and an index
        using var writer = Open("FULL");
        Execute(writer, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); CREATE INDEX t_v ON t (v);");

        // When one transaction writes enough rows to dirty several pages of both
        var (received, issued) = WalWriteCoalescing.WritesOnThisThread;
        using (var transaction = writer.BeginTransaction())
        {
            for (var i = 0; i < 100; i++)
            {
                Execute(writer, $"INSERT INTO t (v) VALUES ('{i:D4}{new string('x', 200)}')");
            }

            transaction.Commit();
        }

        var after = WalWriteCoalescing.WritesOnThisThread;

        // Then SQLite wrote two calls per frame, the file got one, and another connection reads every row
        Assert.True(after.Received - received >= 10, $"expected SQLite to write several frames, saw {after.Received - received} writes");
        Assert.Equal(1, after.Issued - issued);
        using var reader = Open("FULL");
        Assert.Equal(100L, Scalar(reader, "SELECT count(*) FROM t"));
    }

    [Fact]
    public void ATransactionThatReadsItsPagesFromTheWal_StillReachesTheWal_InOneWrite()
    {
        // Given a table whose pages are in the WAL, last written by another connection, so that the writer's page cache is
        // stale and its next transaction reads those pages from the WAL file
        using var writer = Open("FULL");
        Execute(writer, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT); CREATE INDEX t_v ON t (v);");
        using var other = Open("FULL");
        for (var i = 0; i < 50; i++)
        {
            Execute(other, $"INSERT INTO t (v) VALUES ('{i:D4}{new string('y', 200)}')");
        }

        // When the writer updates rows on those pages and commits
        var (received, issued) = WalWriteCoalescing.WritesOnThisThread;
        using (var transaction = writer.BeginTransaction())
        {
            Execute(writer, "UPDATE t SET v = v || 'z' WHERE id % 5 = 0");
            transaction.Commit();
        }

        var after = WalWriteCoalescing.WritesOnThisThread;

        // Then its frames went out in one write all the same: a read of the WAL is followed by a write straight through only
        // when SQLite rewrites the frame it read
        Assert.True(after.Received - received >= 4, $"expected SQLite to write several frames, saw {after.Received - received} writes");
        Assert.Equal(1, after.Issued - issued);
        Assert.Equal(10L, Scalar(other, "SELECT count(*) FROM t WHERE v LIKE '%z'"));
    }

    [Fact]
    public void EveryCommit_IsInTheFile_BeforeTheCommitReturns()
    {
        // Given a writer and a reader with file handles of their own
        using var writer = Open("NORMAL");
        Execute(writer, "CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)");
        using var reader = Open("NORMAL");

        // When the writer commits transactions of 1 to 48 pages, so that a commit frame falls at every place in the
        // buffer, the place where the buffer fills between the commit frame's header and its page among them
        var rows = 0L;
        var bytes = 0L;
        for (var pages = 1; pages <= 48; pages++)
        {
            using (var transaction = writer.BeginTransaction())
            {
                for (var i = 0; i < pages - 1; i++)
                {
                    Execute(writer, "INSERT INTO t (v) VALUES (randomblob(3900))");
                }

                Execute(writer, "INSERT INTO t (v) VALUES (randomblob(10))");
                transaction.Commit();
            }

            rows += pages;
            bytes += (pages - 1) * 3900L + 10;

            // Then the reader sees each commit whole as soon as it returned
            Assert.Equal(rows, Scalar(reader, "SELECT count(*) FROM t"));
            Assert.Equal(bytes, Scalar(reader, "SELECT sum(length(v)) FROM t"));
        }

        Assert.Equal("ok", Text(reader, "PRAGMA integrity_check"));
    }

    [Theory]
    [InlineData("FULL")]
    [InlineData("NORMAL")]
    public void TransactionsLargerThanTheBuffer_ThatSpillAndRewriteTheirPages_AreReadBackWhole(string synchronous)
    {
        // Given a writer whose page cache is so small that a transaction spills pages into the WAL and rewrites them there
        // (and, at commit, the checksums of the frames after the first one rewritten)
        using var writer = Open(synchronous);
        Execute(writer, "PRAGMA cache_size=8; CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB, n INTEGER)");
        using var reader = Open(synchronous);

        // When one transaction writes 3 MiB (many times the buffer), updates every row again, and commits
        using (var transaction = writer.BeginTransaction())
        {
            for (var i = 0; i < 768; i++)
            {
                Execute(writer, $"INSERT INTO t (v, n) VALUES (randomblob(4096), {i})");
            }

            Execute(writer, "UPDATE t SET n = n + 1");
            transaction.Commit();
        }

        // (the files as a crash right now would leave them: a copy without the WAL index, which SQLite rebuilds from the
        // frames' headers and checksums, dropping any commit whose frames are not all in the file)
        AssertRecoversFromTheFiles(rows: 768, sumOfN: Enumerable.Range(1, 768).Sum());

        // And another that does the same and rolls back, followed by a small commit
        using (var transaction = writer.BeginTransaction())
        {
            for (var i = 0; i < 300; i++)
            {
                Execute(writer, "INSERT INTO t (v, n) VALUES (randomblob(4096), -1)");
            }

            Execute(writer, "UPDATE t SET n = 0");
            transaction.Rollback();
        }

        Execute(writer, "INSERT INTO t (v, n) VALUES (randomblob(10), 10000)");

        // Then the reader sees the committed rows only, each with its second value, and the database is whole
        Assert.Equal(769L, Scalar(reader, "SELECT count(*) FROM t"));
        Assert.Equal(Enumerable.Range(1, 768).Sum() + 10000L, Scalar(reader, "SELECT sum(n) FROM t"));
        Assert.Equal(768L * 4096 + 10, Scalar(reader, "SELECT sum(length(v)) FROM t"));
        Assert.Equal("ok", Text(reader, "PRAGMA integrity_check"));
    }

    [Fact]
    public void AfterACheckpointRestartsTheWal_NewCommitsAreReadBack()
    {
        // Given commits in the WAL, copied into the database by another connection's checkpoint, which resets the WAL
        using var writer = Open("FULL");
        Execute(writer, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
        using var reader = Open("FULL");
        for (var round = 1; round <= 5; round++)
        {
            for (var i = 0; i < 20; i++)
            {
                Execute(writer, $"INSERT INTO t (v) VALUES ('{new string('z', 1000)}')");
            }

            Assert.Equal(0L, Scalar(reader, "PRAGMA wal_checkpoint(TRUNCATE)"));

            // When the writer commits again, from the start of the WAL
            Execute(writer, "INSERT INTO t (v) VALUES ('after the checkpoint')");

            // Then the reader sees every row, and the database is whole
            Assert.Equal(round * 21L, Scalar(reader, "SELECT count(*) FROM t"));
        }

        Assert.Equal("ok", Text(reader, "PRAGMA integrity_check"));
    }

    private void AssertRecoversFromTheFiles(long rows, long sumOfN)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"wal-coalescing-copy-{Guid.NewGuid():N}.db");
        File.Copy(_path, copy);
        File.Copy(_path + "-wal", copy + "-wal");
        try
        {
            using var recovered = new SqliteConnection($"Data Source={copy};Pooling=False");
            recovered.Open();
            Assert.Equal(rows, Scalar(recovered, "SELECT count(*) FROM t"));
            Assert.Equal(sumOfN, Scalar(recovered, "SELECT sum(n) FROM t"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private SqliteConnection Open(string synchronous)
    {
        var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        Execute(connection, $"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous}; PRAGMA wal_autocheckpoint=0;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static string? Text(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}
