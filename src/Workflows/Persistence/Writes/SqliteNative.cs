using System.Runtime.InteropServices;

namespace SocialInsurance.Workflows.Persistence.Writes;

/// <summary>
/// The parts of SQLite's C interface for virtual file systems (<c>sqlite3_vfs</c>, <c>sqlite3_io_methods</c>,
/// <c>sqlite3_file</c>) that <see cref="WalWriteCoalescing"/> needs, laid out as sqlite3.h declares them. SQLitePCLRaw
/// does not wrap the VFS interface, so these bind to the same native library it loaded (<c>e_sqlite3</c>).
/// </summary>
internal static unsafe partial class SqliteNative
{
    public const string Library = "e_sqlite3";

    public const int Ok = 0;
    public const int OpenWal = 0x00080000; // SQLITE_OPEN_WAL

    [LibraryImport(Library, EntryPoint = "sqlite3_vfs_find")]
    public static partial SqliteVfs* FindVfs(byte* name);

    [LibraryImport(Library, EntryPoint = "sqlite3_vfs_register")]
    public static partial int RegisterVfs(SqliteVfs* vfs, int makeDefault);

    [StructLayout(LayoutKind.Sequential)]
    public struct SqliteVfs
    {
        public int Version;
        public int FileSize;
        public int MaxPathname;
        public SqliteVfs* Next;
        public byte* Name;
        public void* AppData;
        public delegate* unmanaged<SqliteVfs*, byte*, SqliteFile*, int, int*, int> Open;
        public void* Delete;
        public void* Access;
        public void* FullPathname;
        public void* DlOpen;
        public void* DlError;
        public void* DlSym;
        public void* DlClose;
        public void* Randomness;
        public void* Sleep;
        public void* CurrentTime;
        public void* GetLastError;
        public void* CurrentTimeInt64;
        public void* SetSystemCall;
        public void* GetSystemCall;
        public void* NextSystemCall;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct SqliteFile
    {
        public SqliteIoMethods* Methods;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct SqliteIoMethods
    {
        public int Version;
        public delegate* unmanaged<SqliteFile*, int> Close;
        public delegate* unmanaged<SqliteFile*, void*, int, long, int> Read;
        public delegate* unmanaged<SqliteFile*, void*, int, long, int> Write;
        public delegate* unmanaged<SqliteFile*, long, int> Truncate;
        public delegate* unmanaged<SqliteFile*, int, int> Sync;
        public delegate* unmanaged<SqliteFile*, long*, int> FileSize;
        public delegate* unmanaged<SqliteFile*, int, int> Lock;
        public delegate* unmanaged<SqliteFile*, int, int> Unlock;
        public delegate* unmanaged<SqliteFile*, int*, int> CheckReservedLock;
        public delegate* unmanaged<SqliteFile*, int, void*, int> FileControl;
        public delegate* unmanaged<SqliteFile*, int> SectorSize;
        public delegate* unmanaged<SqliteFile*, int> DeviceCharacteristics;
        public delegate* unmanaged<SqliteFile*, int, int, int, void**, int> ShmMap;
        public delegate* unmanaged<SqliteFile*, int, int, int, int> ShmLock;
        public delegate* unmanaged<SqliteFile*, void> ShmBarrier;
        public delegate* unmanaged<SqliteFile*, int, int> ShmUnmap;
        public delegate* unmanaged<SqliteFile*, long, int, void**, int> Fetch;
        public delegate* unmanaged<SqliteFile*, long, void*, int> Unfetch;
    }
}
