using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SocialInsurance.Domain.Reference;

namespace SocialInsurance.Api.Benchmarks;

/// <summary>
/// The 统计 reports at scale (bench/README.md "Reports"): starts the real host on a fresh SQLite file, bulk-inserts
/// a year of cases as the reports see them (<c>case_report_facts</c>, the review tasks with their candidate groups,
/// incidents), then times every report route over HTTP as an administrator. Never run as a test.
/// </summary>
public static class ReportsBench
{
    private static readonly string[] Services = ["NewEnrollment", "Resumption", "Suspension"];
    private static readonly string[] ProcessKeys = ["newEnrollment", "resumption", "suspension"];

    /// <param name="reuse">The data folder of an earlier run: its cases are timed again (after a change to the queries)
    /// instead of generating a year afresh; the host starts on it as after an upgrade.</param>
    public static async Task RunAsync(int cases, int repeats, string root, string? reuse = null)
    {
        var data = reuse ?? Path.Combine(Path.GetTempPath(), "si-reports-bench", DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
        var file = Path.Combine(data, "workflows.db");
        Console.WriteLine($"data folder {data}; {Environment.ProcessorCount} cores; .NET {Environment.Version}; {(reuse is null ? $"{cases:N0} cases" : "reused")}; {Load()}");
        if (reuse is not null)
        {
            await CheckpointAsync(file);
        }

        var clock = Stopwatch.StartNew();
        var (app, address) = await BenchHost.StartAsync(data, Path.Combine(root, "workflows-definitions"));
        Console.WriteLine($"host started in {clock.Elapsed.TotalSeconds:F1} s (migrations and start-up backfills included); {Load()}");
        if (reuse is null)
        {
            clock.Restart();
            var counts = await GenerateAsync(file, cases);
            Console.WriteLine($"generated {counts} in {clock.Elapsed.TotalSeconds:F1} s; {Load()}");
        }

        var size = new FileInfo(file).Length;
        Console.WriteLine($"database file {size / 1024.0 / 1024.0:F0} MiB");

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(10) };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = "admin1", password = "Demo@12345" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var year = $"from={today.AddDays(-365):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var queries = new (string Label, string Query)[]
        {
            ("last 30 days (default)", ""),
            ("365 days", year),
            ("365 days, one service and region", year + "&service=NewEnrollment&region=6501"),
            ("365 days, one region", year + "&region=6502"),
            ("365 days, CSV", year + "&format=csv"),
        };
        string[] routes = ["cases-per-day", "decisions", "cycle-times", "open-tasks", "overdue-tasks", "incidents-per-day"];
        Console.WriteLine();
        Console.WriteLine("| route | filter | rows | first ms | median ms | max ms | load average |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---|");
        foreach (var route in routes)
        {
            foreach (var (label, query) in queries)
            {
                var times = new List<double>();
                var rows = 0;
                for (var i = 0; i < repeats; i++)
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await http.GetAsync($"/api/admin/reports/{route}?{query}");
                    var body = await response.Content.ReadAsStringAsync();
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"Expected 200 from {route}?{query}, but {(int)response.StatusCode}: {body}");
                    }

                    rows = query.Contains("format=csv", StringComparison.Ordinal)
                        ? body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1
                        : JsonDocument.Parse(body).RootElement.GetProperty("rows").GetArrayLength();
                }

                var sorted = times.Skip(1).Order().ToList();
                var median = sorted.Count > 0 ? sorted[sorted.Count / 2] : times[0];
                Console.WriteLine($"| `{route}` | {label} | {rows} | {times[0]:F0} | {median:F0} | {times.Max():F0} | {Load()} |");
            }
        }

        await app.StopAsync();
    }

    /// <summary>
    /// A year of cases ending today (China time): services 70/20/10, regions weighted towards Urumqi, 95 % decided
    /// 2 hours to 20 days after submission (85 % approved, 8 % after a supplement request), approved 新参保/续保 completed
    /// 0–10 days later once the agreement is signed, rejections and 停保 completed at the decision; the 5 % undecided wait
    /// in the inbox offered to the province group and their region's group, due 10 days after submission. One review
    /// task per case (completed or open), 4,000 incidents. Rows go in with prepared statements, 50,000 per transaction.
    /// </summary>
    private static async Task<string> GenerateAsync(string file, int cases)
    {
        var random = new Random(20261205);
        var regions = RegionCatalog.DefaultRegions.Select(r => r.Code.Value).ToArray();
        var regionWeights = regions.Select((_, i) => i == 0 ? 8.0 : 1.0).ToArray();
        var now = DateTimeOffset.UtcNow;
        await using var connection = new SqliteConnection($"Data Source={file};Foreign Keys=False;Pooling=False");
        await connection.OpenAsync();
        await Exec(connection, "PRAGMA synchronous=OFF;");
        // 1 GiB of page cache for this connection: the tasks' and candidates' keys are random GUIDs, and with the
        // default 2 MiB nearly every insert into their B-trees read a page back from the file.
        await Exec(connection, "PRAGMA cache_size=-1048576;");

        var fact = await Prepare(connection, "case_report_facts");
        var task = await Prepare(connection, "wf_tasks");
        var candidate = await Prepare(connection, "wf_task_candidates");
        var incident = await Prepare(connection, "wf_incidents");
        var open = 0;
        // In submission order, with time-ordered ids, as the service writes them: the engine's tasks are Version 7 GUIDs
        // made when the task is created, so the open tasks (the recent ones, mostly) sit together at the end of the
        // tasks' and the candidates' keys. Random ids in random order (the first seeds) scattered them and made every
        // open task's lookup a cold read.
        var submissions = Enumerable.Range(0, cases).Select(_ => now.AddSeconds(-random.NextDouble() * 365 * 86400)).Order().ToArray();
        var transaction = connection.BeginTransaction();
        for (var i = 0; i < cases; i++)
        {
            if (i > 0 && i % 50_000 == 0)
            {
                transaction.Commit();
                transaction.Dispose();
                transaction = connection.BeginTransaction();
            }

            var s = random.NextDouble() switch { < 0.7 => 0, < 0.9 => 1, _ => 2 };
            var region = regions[Pick(random, regionWeights)];
            var submitted = submissions[i];
            var decided = random.NextDouble() < 0.95 ? submitted.AddHours(2 + (random.NextDouble() * random.NextDouble() * 478)) : (DateTimeOffset?)null;
            if (decided > now)
            {
                decided = null;
            }

            var approved = decided is not null && random.NextDouble() < 0.85;
            var supplement = decided is not null && random.NextDouble() < 0.08 ? submitted.AddHours((decided.Value - submitted).TotalHours / 2) : (DateTimeOffset?)null;
            DateTimeOffset? completed = decided is null ? null : approved && s != 2 ? decided.Value.AddHours(random.NextDouble() * 240) : decided;
            if (completed > now)
            {
                completed = null;
            }

            var id = Guid.CreateVersion7(submitted);
            fact.Run(transaction, new Dictionary<string, object?>
            {
                ["ApplicationId"] = id, ["Service"] = Services[s], ["Region"] = region,
                ["Status"] = completed is not null ? "Completed" : decided is not null ? (approved ? "Approved" : "Rejected") : "UnderReview",
                ["SubmittedAt"] = submitted.UtcTicks, ["SubmittedDay"] = Day(submitted),
                ["Outcome"] = decided is null ? null : approved ? "Approved" : "Rejected",
                ["DecidedAt"] = decided?.UtcTicks, ["DecidedDay"] = Day(decided), ["DecisionSeconds"] = Seconds(submitted, decided),
                ["CompletedAt"] = completed?.UtcTicks, ["CompletedDay"] = Day(completed), ["CompletionSeconds"] = Seconds(submitted, completed),
                ["SupplementDay"] = Day(supplement), ["SupplementRequests"] = supplement is null ? 0 : 1,
            });
            var taskId = Guid.CreateVersion7(submitted);
            task.Run(transaction, new Dictionary<string, object?>
            {
                ["Id"] = taskId, ["InstanceId"] = Guid.NewGuid(), ["TokenId"] = 1, ["ElementId"] = "reviewApplication",
                ["Name"] = "审核申请 Review application", ["ProcessKey"] = ProcessKeys[s], ["ProcessVersion"] = 1,
                ["BusinessKey"] = id.ToString("D"), ["FormKey"] = "review-application.form",
                ["Assignee"] = decided is null ? null : "reviewer1", ["CreatedAt"] = submitted.UtcTicks,
                ["DueAt"] = submitted.AddDays(10).UtcTicks, ["Status"] = decided is null ? "Created" : "Completed",
                ["EndedAt"] = decided?.UtcTicks, ["CompletedBy"] = decided is null ? null : "reviewer1", ["ConcurrencyStamp"] = 1L,
            });
            foreach (var group in new[] { "reviewers-65", "reviewers-" + region })
            {
                candidate.Run(transaction, new Dictionary<string, object?> { ["TaskId"] = taskId, ["Kind"] = "Group", ["Value"] = group });
            }

            open += decided is null ? 1 : 0;
        }

        const int incidents = 4_000;
        for (var i = 0; i < incidents; i++)
        {
            var at = now.AddSeconds(-random.NextDouble() * 365 * 86400);
            incident.Run(transaction, new Dictionary<string, object?>
            {
                ["Id"] = Guid.NewGuid(), ["InstanceId"] = Guid.NewGuid(), ["TokenId"] = 1, ["ProcessKey"] = ProcessKeys[random.Next(3)],
                ["ElementId"] = "registerEnrollment", ["ElementType"] = "serviceTask", ["Message"] = "税务局接口超时 / tax bureau timed out",
                ["CreatedAt"] = at.UtcTicks, ["ResolvedAt"] = random.NextDouble() < 0.9 ? at.AddHours(3).UtcTicks : null,
                ["ResolvedBy"] = "admin1",
            });
        }

        transaction.Commit();
        transaction.Dispose();
        await Exec(connection, "ANALYZE;");
        // A year of inserts leaves the WAL several times the database's size (7 GiB beside 1.2 GiB, seen); a database in
        // service is checkpointed as it goes, so the timed reads should not look pages up through that WAL.
        await Exec(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        return $"{cases:N0} cases ({open:N0} open), {cases:N0} tasks, {2 * cases:N0} candidate rows, {incidents:N0} incidents";
    }

    /// <summary>
    /// An earlier run's file may still carry the WAL of its seeding (7 GiB beside 1.2 GiB, seen), through which every
    /// timed read would look its pages up; a database in service is checkpointed as it goes.
    /// </summary>
    private static async Task CheckpointAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await Exec(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static int Pick(Random random, double[] weights)
    {
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            if ((x -= weights[i]) < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static int? Day(DateTimeOffset? at) => at is { } t ? int.Parse(t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null;

    private static long? Seconds(DateTimeOffset from, DateTimeOffset? to) => to is { } end ? (long)(end - from).TotalSeconds : null;

    private static string Load() => File.Exists("/proc/loadavg") ? "load " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";

    private static async Task Exec(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// An INSERT over every column of the table as it exists (later migrations add columns): a column the generator
    /// does not know gets its declared default, else 0 or '' when it is NOT NULL (task priority has a default; a NULL
    /// sent for it fails the constraint).
    /// </summary>
    private static async Task<Insert> Prepare(SqliteConnection connection, string table)
    {
        var columns = new List<(string Name, bool NotNull, string Type, object? Default)>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"PRAGMA table_info({table})";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(1), reader.GetInt32(3) == 1, reader.GetString(2), reader.IsDBNull(4) ? null : Literal(reader.GetString(4))));
            }
        }

        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(',', columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(',', columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) => command.CreateParameter()).ToArray();
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].ParameterName = "$p" + i;
            command.Parameters.Add(parameters[i]);
        }

        return new Insert(command, columns, parameters);
    }

    /// <summary>A default as <c>PRAGMA table_info</c> shows it: <c>50</c>, <c>'text'</c> or <c>NULL</c>.</summary>
    private static object? Literal(string text) =>
        text.Equals("NULL", StringComparison.OrdinalIgnoreCase) ? null
        : text.StartsWith('\'') ? text[1..^1].Replace("''", "'", StringComparison.Ordinal)
        : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number
        : double.Parse(text, CultureInfo.InvariantCulture);

    private sealed class Insert(SqliteCommand command, List<(string Name, bool NotNull, string Type, object? Default)> columns, SqliteParameter[] parameters)
    {
        public void Run(SqliteTransaction transaction, Dictionary<string, object?> values)
        {
            command.Transaction = transaction;
            for (var i = 0; i < columns.Count; i++)
            {
                var (name, notNull, type, fallback) = columns[i];
                var value = values.TryGetValue(name, out var v) ? v
                    : fallback ?? (notNull ? (type.Contains("INT", StringComparison.OrdinalIgnoreCase) ? 0 : "") : null);
                parameters[i].Value = value switch
                {
                    null => DBNull.Value,
                    Guid g => g.ToString("D").ToUpperInvariant(),
                    _ => value,
                };
            }

            command.ExecuteNonQuery();
        }
    }
}
