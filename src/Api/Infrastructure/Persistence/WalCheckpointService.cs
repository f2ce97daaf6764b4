using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.Persistence;

/// <summary>Runs <see cref="SqliteCheckpointer"/> every second on SQLite, so the engine's shared writer never checkpoints in a commit.</summary>
public sealed class WalCheckpointService(SqliteCheckpointer checkpointer, TimeProvider time, ILogger<WalCheckpointService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!checkpointer.Enabled)
        {
            return;
        }

        // A one-shot delay per pass, not a PeriodicTimer: a clock that jumps (a test's fake clock moved by a month)
        // then costs one pass, not one per second skipped — 2.6 million passes, run inline by the fake clock, made one
        // billing test take 2.5 minutes.
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Interval, time, stoppingToken);
            try
            {
                await checkpointer.CheckpointAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // SQLite's automatic checkpoint still bounds the log; a failed pass costs the writer a pause, nothing more.
                logger.LogWarning(ex, "Background WAL checkpoint failed; the next one runs in {Interval}", Interval);
            }
        }
    }
}
