using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace SocialInsurance.Workflows.Persistence;

/// <summary>
/// Syncs the log through a file handle of its own, kept open between syncs: opening and closing one for each sync cost
/// one client at FULL a fifth of its rate on the engine bench. The log is the file the writer's connection appends to;
/// SQLite deletes it only when the last connection closes, and the writer keeps one open, so the handle is opened again
/// only for a writer's first sync (<c>directoryToo</c>), when the log may be new. A sync of a file on Linux writes its
/// pages whatever handle they were written through. SQLite keeps no locks on the log (they are on the <c>-shm</c> and
/// database files), so this handle's close releases none of them. Called by one sync at a time (GroupCommit.LogSync).
/// </summary>
public sealed partial class WriteAheadLogSync : IWriteAheadLogSync, IDisposable
{
    private SafeFileHandle? _log;

    public void Sync(string databasePath, bool directoryToo)
    {
        if (directoryToo || _log is null)
        {
            _log?.Dispose();
            _log = null;
            try
            {
                _log = File.OpenHandle(databasePath + "-wal", FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            }
            catch (FileNotFoundException)
            {
                // No log: SQLite removes it only after copying every frame into the database file and syncing that.
                return;
            }
        }

        try
        {
            // fsync, as the SQLite build this host loads does inside a commit at FULL (seen with strace).
            RandomAccess.FlushToDisk(_log);
        }
        catch
        {
            // The next sync opens the log afresh.
            _log.Dispose();
            _log = null;
            throw;
        }
        if (directoryToo && Path.GetDirectoryName(Path.GetFullPath(databasePath)) is { } folder)
        {
            SyncDirectory(folder);
        }
    }

    public void Dispose() => _log?.Dispose();

    private static void SyncDirectory(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // .NET opens no folders; a read-only descriptor of one is enough for fsync.
        var descriptor = open(folder, 0);
        if (descriptor < 0)
        {
            throw new IOException($"Expected to open folder '{folder}' to sync it, but open failed with errno {Marshal.GetLastPInvokeError()}.");
        }

        try
        {
            if (fsync(descriptor) != 0)
            {
                throw new IOException($"Expected folder '{folder}' to sync, but fsync failed with errno {Marshal.GetLastPInvokeError()}.");
            }
        }
        finally
        {
            close(descriptor);
        }
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int fsync(int descriptor);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags);

    [LibraryImport("libc")]
    private static partial int close(int descriptor);
}
