using Microsoft.Data.Sqlite;

namespace SocialInsurance.Api.Cli;

/// <summary>
/// <c>backup &lt;target folder&gt; [data folder]</c>: an online backup of a single-node (SQLite) installation while the
/// service runs. Every <c>*.db</c> in the data folder (the engine and case data, Hangfire, the two simulators) is copied
/// with SQLite's online backup API, which reads a consistent snapshot through SQLite's own locks — copying the files
/// (and their <c>-wal</c> beside them) with <c>cp</c> while the service writes can give a torn copy. Uploaded files
/// (<c>materials/</c>) are copied before and again after the databases: each is written once under a new id, never
/// changed, and saved before the row that lists it, so every material the copied database lists is on disk in one of
/// the two passes (unless it was replaced and deleted within those seconds); a file newer than the database copy is an
/// unlisted orphan, never served. Restore: stop the service, put the backup in place of the data folder, start.
/// </summary>
public static class BackupCommand
{
    public static int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        if (arguments.Count is < 1 or > 2)
        {
            output.WriteLine("usage: backup <target folder> [data folder, default: data]");
            return 2;
        }

        var target = Path.GetFullPath(arguments[0]);
        var data = Path.GetFullPath(arguments.Count > 1 ? arguments[1] : "data");
        if (!Directory.Exists(data))
        {
            output.WriteLine($"Expected the data folder {data}, but it does not exist.");
            return 1;
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            output.WriteLine($"Expected an empty or new target folder, but {target} has files: a backup never overwrites one.");
            return 1;
        }

        Directory.CreateDirectory(target);
        var files = CopyMaterials(data, target);
        foreach (var database in Directory.EnumerateFiles(data, "*.db").Order(StringComparer.Ordinal))
        {
            var copy = Path.Combine(target, Path.GetFileName(database));
            using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            using (var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString()))
            {
                source.Open();
                using (var wait = source.CreateCommand())
                {
                    // The service may hold the write lock for a moment; wait for it rather than fail.
                    wait.CommandText = "PRAGMA busy_timeout = 10000;";
                    wait.ExecuteNonQuery();
                }

                source.BackupDatabase(destination);
            }

            output.WriteLine($"{Path.GetFileName(database)}: {new FileInfo(copy).Length} bytes");
        }

        files += CopyMaterials(data, target);
        output.WriteLine($"materials: {files} files");
        return 0;
    }

    /// <summary>Files not yet in the target; the count copied.</summary>
    private static int CopyMaterials(string data, string target)
    {
        var materials = Path.Combine(data, "materials");
        if (!Directory.Exists(materials))
        {
            return 0;
        }

        var copied = 0;
        foreach (var file in Directory.EnumerateFiles(materials, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(data, file));
            if (File.Exists(copy))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            try
            {
                File.Copy(file, copy);
                copied++;
            }
            catch (FileNotFoundException)
            {
                // Replaced and deleted since it was listed: the database copy does not name it.
            }
        }

        return copied;
    }
}
