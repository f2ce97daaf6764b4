using System.Runtime.InteropServices;
using SQLitePCL;
using static SocialInsurance.Workflows.Persistence.Writes.SqliteNative;

namespace SocialInsurance.Workflows.Persistence.Writes;

/// <summary>
/// A SQLite VFS, made the process's default, that passes every file straight to the platform's own VFS except the WAL,
/// whose writes it gathers and hands to the operating system as one write per transaction instead of two per page.
/// <para>
/// Why: SQLite writes each WAL frame as two <c>pwrite</c>s (its 24-byte header, then the page), so a step's commit of
/// about 25 pages is about 50 system calls. On the virtual machines we run on a system call costs about 1 µs before it
/// does anything, and a 4 KiB <c>pwrite</c> 1.7 µs: measured here, 25 frames written as SQLite writes them took
/// 3.4–3.6 µs per frame, written as one call 0.3 µs per frame. Under <c>perf</c> the <c>pwrite</c>s were about a fifth of
/// the engine's CPU at <c>synchronous=NORMAL</c>, nearly all of it in the one writer every step waits for (bench/README,
/// issue 14).
/// </para>
/// <para>
/// What SQLite sees does not change. Bytes reach the file in the order SQLite wrote them, and all of a transaction's
/// frames are in the file before SQLite goes on to publish them in the WAL index: the buffer is written out as soon as the
/// commit frame's page (the frame whose header names the database size, as the WAL format defines) has been added, and
/// before any other call on the file — read, sync, size, truncate, file control, close — and before any write that does
/// not continue it. Other connections read the WAL through handles of their own only up to the frame the WAL index
/// publishes, so they never look for bytes still held here. A crash loses at most what an unbuffered write could also have
/// lost mid-transaction: frames the WAL's checksums already make SQLite ignore. Durability (<c>synchronous=FULL</c>'s
/// fsync) is the sync call's, which writes the buffer first.
/// </para>
/// <para>
/// Off when <c>SI_SQLITE_WAL_COALESCING=off</c>, on platforms other than Linux (the only one it is tested on; the layout
/// of SQLite's structures is the same elsewhere, the platform VFS's limits may not be), and when Microsoft.Data.Sqlite
/// uses a native library other than the bundled <c>e_sqlite3</c>.
/// </para>
/// </summary>
public static unsafe partial class WalWriteCoalescing
{
    public const string VfsName = "si-wal-coalescing";

    private static readonly Lazy<bool> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    private static SqliteVfs* _platform;
    private static SqliteIoMethods* _walMethods;
    // Counted per thread: SQLite calls a VFS on the thread that runs the statement, so a caller can tell what its own
    // statements wrote, whatever other connections do meanwhile.
    [ThreadStatic]
    private static long _writesReceived;

    [ThreadStatic]
    private static long _writesIssued;

    /// <summary>Registers the VFS as the process's default once; true when it is in use.</summary>
    public static bool EnsureRegistered() => Registration.Value;

    /// <summary>WAL writes SQLite made on this thread, and the writes this VFS made to the files for them.</summary>
    public static (long Received, long Issued) WritesOnThisThread => (_writesReceived, _writesIssued);

    private static bool Register()
    {
        if (!OperatingSystem.IsLinux()
            || string.Equals(Environment.GetEnvironmentVariable("SI_SQLITE_WAL_COALESCING"), "off", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Loads the provider Microsoft.Data.Sqlite uses, so that the library named below is the one already loaded.
        Batteries_V2.Init();
        if (raw.GetNativeLibraryName() != Library)
        {
            return false;
        }

        var platform = FindVfs(null);
        if (platform is null || platform->Version < 3 || sizeof(CoalescingFile) > CoalescingFile.HeaderSize)
        {
            return false;
        }

        _platform = platform;
        _walMethods = NewWalMethods();

        var vfs = (SqliteVfs*)NativeMemory.AllocZeroed((nuint)sizeof(SqliteVfs));
        *vfs = *platform; // the platform's own functions for everything but opening a file; they ignore which VFS calls them
        vfs->Next = null;
        vfs->Name = (byte*)Marshal.StringToCoTaskMemUTF8(VfsName);
        vfs->FileSize = CoalescingFile.HeaderSize + platform->FileSize;
        vfs->Open = &Open;
        return RegisterVfs(vfs, makeDefault: 1) == Ok;
    }

    [UnmanagedCallersOnly]
    private static int Open(SqliteVfs* vfs, byte* name, SqliteFile* file, int flags, int* outFlags)
    {
        if ((flags & OpenWal) == 0)
        {
            // The platform's file in place: no indirection for the database, its journals and temporary files.
            return _platform->Open(_platform, name, file, flags, outFlags);
        }

        var inner = CoalescingFile.Inner(file);
        var rc = _platform->Open(_platform, name, inner, flags, outFlags);
        // SQLite closes a file whose open failed if its methods were set, so ours are set exactly when the platform's are.
        if (inner->Methods is null)
        {
            file->Methods = null;
            return rc;
        }

        CoalescingFile.Initialise(file, _walMethods);
        return rc;
    }
}
