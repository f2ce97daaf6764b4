using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace SocialInsurance.Api.Benchmarks;

/// <summary>
/// The 统计 reports at scale (bench/README.md "Reports"): starts the real host on a fresh SQLite file, bulk-inserts
/// a year of cases as the reports see them (<c>case_report_facts</c>, the review tasks with their candidate groups,
/// incidents; <c>ReportsBench.Data.cs</c>), then times every report route over HTTP as an administrator. Never run as a test.
/// </summary>
public static partial class ReportsBench
{
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
    /// An earlier run's file may still carry the WAL of its seeding (7 GiB beside 1.2 GiB, seen), through which every
    /// timed read would look its pages up; a database in service is checkpointed as it goes.
    /// </summary>
    private static async Task CheckpointAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await Exec(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static string Load() => File.Exists("/proc/loadavg") ? "load " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";

    private static async Task Exec(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
