namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// Makes SQLite's write-ahead log durable: everything written to it before the call is on disk when the call returns
/// (<see cref="GroupCommit"/> syncs it outside the writer's turn at <c>synchronous=FULL</c>).
/// </summary>
public interface IWriteAheadLogSync
{
    /// <param name="databasePath">The database file; its log is the file beside it named with <c>-wal</c>.</param>
    /// <param name="directoryToo">
    /// The first sync since the writer's connection opened: the log may be new, so its folder is synced too (a log file
    /// created since is then found after a power loss).
    /// </param>
    void Sync(string databasePath, bool directoryToo);
}
