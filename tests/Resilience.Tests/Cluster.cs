using Npgsql;

namespace SocialInsurance.Resilience.Tests;

/// <summary>
/// What the multi-node test reads beside the API: the shared PostgreSQL database, for extra applicant accounts (the
/// demo set has two, and each person may have one open 新参保) and for Hangfire's own record of the jobs it ran.
/// </summary>
public static class Cluster
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A resident ID number of Urumqi 天山区, born in 1990 on the given day of the year, with its GB 11643 check character.</summary>
    public static string IdNumber(int day)
    {
        var body = $"650102{new DateOnly(1990, 1, 1).AddDays(day):yyyyMMdd}{100 + day % 900:D3}";
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    /// <summary>
    /// Copies of applicant1 (same name and password hash, so Demo@12345 signs them in) under new user names and ID
    /// numbers: the copy is taken row-whole so it keeps whatever columns the account table has.
    /// </summary>
    public static async Task AddApplicantsAsync(string connectionString, IReadOnlyList<(string UserName, string IdNumber)> applicants)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (userName, idNumber) in applicants)
        {
            var id = Guid.NewGuid().ToString("D");
            await using var command = new NpgsqlCommand("""
                CREATE TEMP TABLE copy AS SELECT * FROM "AspNetUsers" WHERE "UserName" = 'applicant1';
                UPDATE copy SET "Id" = @id, "UserName" = @name, "NormalizedUserName" = upper(@name), "IdNumber" = @idNumber,
                    "SecurityStamp" = @id, "ConcurrencyStamp" = @id;
                INSERT INTO "AspNetUsers" SELECT * FROM copy;
                INSERT INTO "AspNetUserRoles" ("UserId", "RoleId")
                    SELECT @id, "RoleId" FROM "AspNetUserRoles" r JOIN "AspNetUsers" u ON u."Id" = r."UserId" WHERE u."UserName" = 'applicant1';
                DROP TABLE copy;
                """, connection);
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("name", userName);
            command.Parameters.AddWithValue("idNumber", idNumber);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Hangfire's state name of a job (Succeeded, Failed, Processing …).</summary>
    public static async Task<string?> JobStateAsync(string connectionString, string jobId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT statename FROM hangfire.job WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", long.Parse(jobId, System.Globalization.CultureInfo.InvariantCulture));
        return await command.ExecuteScalarAsync() as string;
    }

    /// <summary>
    /// How many jobs each slot of the recurring job's schedule created: Hangfire records the slot a recurring job was
    /// created for as the job's <c>Time</c> parameter (Unix seconds), whichever node's scheduler created it and however late.
    /// </summary>
    public static async Task<IReadOnlyList<(DateTimeOffset Slot, long Jobs)>> RecurringRunsAsync(string connectionString, string recurringJobId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT t.value AS slot, count(*) FROM hangfire.job j
            JOIN hangfire.jobparameter p ON p.jobid = j.id AND p.name = 'RecurringJobId' AND p.value = @id
            JOIN hangfire.jobparameter t ON t.jobid = j.id AND t.name = 'Time'
            GROUP BY t.value ORDER BY t.value
            """, connection);
        command.Parameters.AddWithValue("id", System.Text.Json.JsonSerializer.Serialize(recurringJobId));
        var runs = new List<(DateTimeOffset, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            runs.Add((DateTimeOffset.FromUnixTimeSeconds(long.Parse(reader.GetString(0).Trim('"'), System.Globalization.CultureInfo.InvariantCulture)), reader.GetInt64(1)));
        }

        return runs;
    }
}
