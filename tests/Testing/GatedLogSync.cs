using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Testing;

/// <summary>
/// A log sync that records its calls and, once closed, holds the next one until opened (or fails it): the sync in
/// progress a test needs to look at the writer and the answers meanwhile.
/// </summary>
public sealed class GatedLogSync : IWriteAheadLogSync
{
    private readonly object _lock = new();
    private readonly List<(string Path, bool DirectoryToo)> _calls = [];
    private TaskCompletionSource _began = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ManualResetEventSlim? _held;
    private Exception? _failWith;

    public IReadOnlyList<(string Path, bool DirectoryToo)> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Completes when a sync begins after the last <see cref="Close"/>.</summary>
    public Task Began => _began.Task;

    /// <summary>Holds every sync from now until <see cref="Open"/>; with <paramref name="failWith"/>, the next one then throws it.</summary>
    public void Close(Exception? failWith = null)
    {
        lock (_lock)
        {
            _held = new ManualResetEventSlim(false);
            _began = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _failWith = failWith;
        }
    }

    public void Open()
    {
        lock (_lock)
        {
            _held?.Set();
        }
    }

    public void Sync(string databasePath, bool directoryToo)
    {
        ManualResetEventSlim? held;
        Exception? fail;
        lock (_lock)
        {
            _calls.Add((databasePath, directoryToo));
            (held, fail) = (_held, _failWith);
            _failWith = null;
            _began.TrySetResult();
        }

        held?.Wait(TimeSpan.FromSeconds(60));
        if (fail is not null)
        {
            throw fail;
        }
    }
}
