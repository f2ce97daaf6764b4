using Microsoft.Data.Sqlite;

namespace SocialInsurance.Engine.Benchmarks;

/// <summary>
/// A passive WAL checkpoint every second on a connection of its own, as the API host runs it
/// (<c>WalCheckpointService</c>), for our engine and the raw baseline alike: without it SQLite checkpoints inside
/// whichever commit pushes the log past 1,000 pages, so every fiftieth commit or so also copies the log into the
/// database file while the writer is held. <c>SI_BENCH_CHECKPOINT=off</c> leaves it to SQLite, as before.
/// </summary>
public sealed class BackgroundCheckpoint : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private BackgroundCheckpoint(string connectionString) => _loop = RunAsync(connectionString, _stop.Token);

    public static BackgroundCheckpoint? Start(string dbPath) =>
        string.Equals(Environment.GetEnvironmentVariable("SI_BENCH_CHECKPOINT"), "off", StringComparison.OrdinalIgnoreCase)
            ? null
            : new BackgroundCheckpoint($"Data Source={dbPath};Pooling=False");

    private static async Task RunAsync(string connectionString, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), stop);
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync(stop);
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                await command.ExecuteNonQueryAsync(stop);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
