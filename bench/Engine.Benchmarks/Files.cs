using Microsoft.Data.Sqlite;

namespace SocialInsurance.Engine.Benchmarks;

internal static class Files
{
    public static void DeleteDb(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            if (File.Exists(path + suffix))
            {
                File.Delete(path + suffix);
            }
        }
    }

    public static long Scalar(string dbPath, string sql, string? key = null)
    {
        using var connection = new SqliteConnection($"Data Source={dbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (key is not null)
        {
            command.Parameters.AddWithValue("$k", key);
        }

        return Convert.ToInt64(command.ExecuteScalar());
    }
}
