using Microsoft.Data.Sqlite;
using SocialInsurance.Workflows.Hosting;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file, on a connection of its own; the host calls it every
/// second (<c>WalCheckpointService</c> in the API). Left to
/// SQLite, the checkpoint runs inside whichever commit pushes the log past 1,000 pages (SQLite's default; the stores'
/// connections now wait for <see cref="SqlitePragmas.AutoCheckpointPages"/>): on the shared writer
/// (<see cref="GroupCommit"/>), so at 200 submissions/s (a thousand pages a second or so) about once a second one
/// group's commit also copied those pages and fsynced the database file while every step queued behind it. A passive
/// checkpoint runs beside the writer (it takes no write lock), so the log stays short and the writer's own automatic
/// checkpoint finds little or nothing to do.
/// </summary>
public sealed class SqliteCheckpointer(WorkflowOptions options)
{
    public bool Enabled { get; } = options.Provider == DatabaseProvider.Sqlite;

    /// <summary>One passive checkpoint: the log's frames and how many of them are now in the database file.</summary>
    public async Task<(int LogFrames, int Checkpointed)> CheckpointAsync(CancellationToken ct)
    {
        await using var connection = new SqliteConnection(options.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt32(1), reader.GetInt32(2));
    }
}
