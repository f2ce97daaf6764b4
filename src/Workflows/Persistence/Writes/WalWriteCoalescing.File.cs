using System.Buffers.Binary;
using System.Runtime.InteropServices;
using static SocialInsurance.Workflows.Persistence.Writes.SqliteNative;

namespace SocialInsurance.Workflows.Persistence.Writes;

public static unsafe partial class WalWriteCoalescing
{
    /// <summary>A WAL frame's header: page number, database size after a commit (0 in any other frame), salts, checksums.</summary>
    private const int FrameHeaderSize = 24;

    private const int InitialBuffer = 32 * 1024;

    /// <summary>
    /// The most the platform's write takes in one call: SQLite's Unix VFS keeps only the low 17 bits of a write's length
    /// (<c>seekAndWriteFd</c>), since SQLite itself never writes more than a page at once. 31 frames of 4 KiB pages; a
    /// larger transaction goes out in several writes.
    /// </summary>
    private const int MaxBuffer = 0x1ffff;

    /// <summary>
    /// A WAL file as SQLite holds it: our methods first (SQLite calls through them), the bytes gathered, then the platform's
    /// own file, which only the platform's methods touch.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct CoalescingFile
    {
        public const int HeaderSize = 48;

        public SqliteIoMethods* Methods;
        public byte* Buffer;
        public long Start;
        public int Length;
        public int Capacity;

        /// <summary>The last write was a commit frame's header: the transaction ends with the next write, its page.</summary>
        public int CommitPending;

        /// <summary>
        /// Where the last call read, when that call was a read; <see cref="NoRead"/> otherwise. SQLite reads a frame just
        /// before it rewrites the frame's header with new checksums.
        /// </summary>
        public long JustRead;

        public const long NoRead = -1;

        public static SqliteFile* Inner(SqliteFile* file) => (SqliteFile*)((byte*)file + HeaderSize);

        public static void Initialise(SqliteFile* file, SqliteIoMethods* methods)
        {
            var self = (CoalescingFile*)file;
            self->Methods = methods;
            self->Buffer = null;
            self->Start = 0;
            self->Length = 0;
            self->Capacity = 0;
            self->CommitPending = 0;
            self->JustRead = NoRead;
        }
    }

    private static SqliteIoMethods* NewWalMethods()
    {
        var methods = (SqliteIoMethods*)NativeMemory.AllocZeroed((nuint)sizeof(SqliteIoMethods));
        // Version 1: a WAL file is never memory-mapped and has no shared memory of its own (that is the database file's).
        methods->Version = 1;
        methods->Close = &Close;
        methods->Read = &Read;
        methods->Write = &Write;
        methods->Truncate = &Truncate;
        methods->Sync = &Sync;
        methods->FileSize = &FileSize;
        methods->Lock = &Lock;
        methods->Unlock = &Unlock;
        methods->CheckReservedLock = &CheckReservedLock;
        methods->FileControl = &FileControl;
        methods->SectorSize = &SectorSize;
        methods->DeviceCharacteristics = &DeviceCharacteristics;
        return methods;
    }

    [UnmanagedCallersOnly]
    private static int Write(SqliteFile* file, void* data, int amount, long offset)
    {
        _writesReceived++;
        var self = (CoalescingFile*)file;
        // Only a write at the very offset just read is a checksum rewrite. Any other write after a read continues the log:
        // the writer reads pages from the WAL while its transaction runs, then appends its frames, all to be gathered.
        var rewritesWhatWasRead = offset == self->JustRead;
        var commitPage = self->CommitPending != 0;
        var commitHeader = amount == FrameHeaderSize && BinaryPrimitives.ReadUInt32BigEndian(new ReadOnlySpan<byte>((byte*)data + 4, 4)) != 0;
        self->JustRead = CoalescingFile.NoRead;
        self->CommitPending = 0;

        int rc;
        if (rewritesWhatWasRead || (self->Length > 0 && offset != self->Start + self->Length))
        {
            // A rewrite: of a page this transaction wrote before, of a frame header's checksums (SQLite reads each frame
            // first), or of the log's header when it starts over. What is held goes first, then this, straight through:
            // SQLite publishes a commit whose checksums it rewrote without writing anything after them.
            rc = WriteOut(file);
            if (rc == Ok)
            {
                rc = WriteThrough(file, data, amount, offset);
            }

            // SQLite writes a commit frame's header and page back to back; should anything ever come between them, or should
            // the header itself ever come this way, the page still ends the transaction.
            self->CommitPending = rc == Ok && (commitPage || commitHeader) ? 1 : 0;
            return rc;
        }

        rc = Append(file, data, amount, offset);
        if (rc == Ok && commitPage)
        {
            // The commit frame's page: the transaction is complete, and SQLite publishes it as soon as this returns.
            rc = WriteOut(file);
        }

        if (rc == Ok && commitHeader)
        {
            self->CommitPending = 1;
        }

        return rc;
    }

    private static int Append(SqliteFile* file, void* data, int amount, long offset)
    {
        var self = (CoalescingFile*)file;
        if (self->Length + amount > MaxBuffer || !Reserve(self, amount))
        {
            var rc = WriteOut(file);
            if (rc != Ok || amount > MaxBuffer || !Reserve(self, amount))
            {
                return rc != Ok ? rc : WriteThrough(file, data, amount, offset);
            }
        }

        if (self->Length == 0)
        {
            self->Start = offset;
        }

        new ReadOnlySpan<byte>(data, amount).CopyTo(new Span<byte>(self->Buffer + self->Length, amount));
        self->Length += amount;
        return Ok;
    }

    private static bool Reserve(CoalescingFile* self, int amount)
    {
        var needed = self->Length + amount;
        if (needed <= self->Capacity)
        {
            return true;
        }

        var capacity = Math.Max(InitialBuffer, self->Capacity);
        while (capacity < needed)
        {
            capacity *= 2;
        }

        capacity = Math.Min(capacity, MaxBuffer);
        try
        {
            self->Buffer = (byte*)NativeMemory.Realloc(self->Buffer, (nuint)capacity);
            self->Capacity = capacity;
            return true;
        }
        catch (OutOfMemoryException)
        {
            return false; // the old buffer is intact; this write goes straight through
        }
    }

    /// <summary>Hands what is held to the platform's file in one write.</summary>
    private static int WriteOut(SqliteFile* file)
    {
        var self = (CoalescingFile*)file;
        if (self->Length == 0)
        {
            return Ok;
        }

        var length = self->Length;
        self->Length = 0;
        return WriteThrough(file, self->Buffer, length, self->Start);
    }

    private static int WriteThrough(SqliteFile* file, void* data, int amount, long offset)
    {
        _writesIssued++;
        var inner = CoalescingFile.Inner(file);
        return inner->Methods->Write(inner, data, amount, offset);
    }

    [UnmanagedCallersOnly]
    private static int Close(SqliteFile* file)
    {
        var self = (CoalescingFile*)file;
        var written = WriteOut(file);
        var inner = CoalescingFile.Inner(file);
        var closed = inner->Methods->Close(inner);
        NativeMemory.Free(self->Buffer);
        self->Buffer = null;
        self->Capacity = 0;
        return written != Ok ? written : closed;
    }

    [UnmanagedCallersOnly]
    private static int Read(SqliteFile* file, void* data, int amount, long offset)
    {
        var self = (CoalescingFile*)file;
        self->JustRead = offset;
        var rc = WriteOut(file);
        var inner = CoalescingFile.Inner(file);
        return rc != Ok ? rc : inner->Methods->Read(inner, data, amount, offset);
    }

    [UnmanagedCallersOnly]
    private static int Truncate(SqliteFile* file, long size)
    {
        var rc = WriteOut(file);
        var inner = CoalescingFile.Inner(file);
        return rc != Ok ? rc : inner->Methods->Truncate(inner, size);
    }

    [UnmanagedCallersOnly]
    private static int Sync(SqliteFile* file, int flags)
    {
        var rc = WriteOut(file);
        var inner = CoalescingFile.Inner(file);
        return rc != Ok ? rc : inner->Methods->Sync(inner, flags);
    }

    [UnmanagedCallersOnly]
    private static int FileSize(SqliteFile* file, long* size)
    {
        var rc = WriteOut(file);
        var inner = CoalescingFile.Inner(file);
        return rc != Ok ? rc : inner->Methods->FileSize(inner, size);
    }

    [UnmanagedCallersOnly]
    private static int FileControl(SqliteFile* file, int op, void* argument)
    {
        var rc = WriteOut(file);
        var inner = CoalescingFile.Inner(file);
        return rc != Ok ? rc : inner->Methods->FileControl(inner, op, argument);
    }

    // The rest neither read nor write the file's bytes: straight to the platform's file.

    [UnmanagedCallersOnly]
    private static int Lock(SqliteFile* file, int level) => CoalescingFile.Inner(file)->Methods->Lock(CoalescingFile.Inner(file), level);

    [UnmanagedCallersOnly]
    private static int Unlock(SqliteFile* file, int level) => CoalescingFile.Inner(file)->Methods->Unlock(CoalescingFile.Inner(file), level);

    [UnmanagedCallersOnly]
    private static int CheckReservedLock(SqliteFile* file, int* result) =>
        CoalescingFile.Inner(file)->Methods->CheckReservedLock(CoalescingFile.Inner(file), result);

    [UnmanagedCallersOnly]
    private static int SectorSize(SqliteFile* file) => CoalescingFile.Inner(file)->Methods->SectorSize(CoalescingFile.Inner(file));

    [UnmanagedCallersOnly]
    private static int DeviceCharacteristics(SqliteFile* file) =>
        CoalescingFile.Inner(file)->Methods->DeviceCharacteristics(CoalescingFile.Inner(file));
}
