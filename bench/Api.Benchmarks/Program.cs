using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Benchmarks;

// Load bench for the applicant submission path (bench/README.md "API load"). Never run as a test.
// With "reports" first: the 统计 reports at a million cases instead (bench/README.md "Reports").
//   dotnet run -c Release --project bench/Api.Benchmarks -- reports [--cases 1000000] [--repeats 5] [--reuse /tmp/si-reports-bench/<run>]
if (args is ["reports", ..])
{
    await ReportsBench.RunAsync(Option("--cases", 1_000_000), Option("--repeats", 5), RepositoryRoot(), TextOption("--reuse"));
    return 0;
}

//   dotnet run -c Release --project bench/Api.Benchmarks -- [--rate 200] [--seconds 60] [--baseline-seconds 60] [--warmup-seconds 10] [--concurrency 16]
//     [--postgres "Host=127.0.0.1;Username=si;Password=si;Database=si_bench" [--nodes 3]]
// With --postgres the database named is dropped and created afresh; --nodes starts that many hosts on it in this process
// (each its own DI container, Kestrel port, Hangfire server and caches) and spreads the requests over them round-robin.
var rate = Option("--rate", 200);
var postgres = TextOption("--postgres");
var nodeCount = Option("--nodes", 1);
if (postgres is null && nodeCount != 1)
{
    throw new InvalidOperationException("Expected --postgres with --nodes: several nodes share one PostgreSQL database (SQLite is for one node).");
}
var seconds = Option("--seconds", 60);
var baselineSeconds = Option("--baseline-seconds", seconds);
var concurrency = Option("--concurrency", 16);
// A node serves for days: the measured run starts after the submit path has been jitted and tiered up (about 2,000
// submissions on this machine; measured cold, the JIT's background compiler took a fifth of the CPU for the first
// 10 s and the queue it left never drained). The warm-up submits drafts of its own and is reported, not judged.
var warmupSeconds = Option("--warmup-seconds", 10);
var measured = rate * seconds;
var count = measured + rate * warmupSeconds;

var root = RepositoryRoot();
var data = Path.Combine(Path.GetTempPath(), "si-api-bench", DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
Console.WriteLine($"data folder {data}; {Environment.ProcessorCount} cores; .NET {Environment.Version}; {measured} submissions at {rate}/s for {seconds} s after {warmupSeconds} s of warm-up; " +
    $"{(postgres is null ? "SQLite" : $"PostgreSQL, {nodeCount} node(s)")}; {LoadAverage()}");
if (postgres is not null)
{
    await BenchDatabase.RecreateAsync(postgres);
}

// Node 1 alone first: it creates the schema and seeds; the others then start on what it made.
var nodes = new List<(WebApplication App, Uri Address)> { await BenchHost.StartAsync(Path.Combine(data, "node1"), Path.Combine(root, "workflows-definitions"), postgres) };
for (var n = 2; n <= nodeCount; n++)
{
    nodes.Add(await BenchHost.StartAsync(Path.Combine(data, $"node{n}"), Path.Combine(root, "workflows-definitions"), postgres));
}

var (app, address) = nodes[0];
var (raw, rawAddress) = await BenchHost.StartRawAsync();
var clients = nodes.Select(node => new HttpClient(new SocketsHttpHandler
{
    MaxConnectionsPerServer = int.MaxValue,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    UseCookies = false,
}) { BaseAddress = node.Address, Timeout = TimeSpan.FromSeconds(60) }).ToList();
var http = clients[0];

// The load balancer: request i of a phase goes to node i mod N (so one applicant's create, uploads and submit land on
// different nodes whenever N does not divide their positions — nothing may depend on which node answered before).
HttpClient Node(int i) => clients[i % clients.Count];

// 1. Applicants: seeded in one batch, then each signs in once over HTTP; the token is reused for all their requests.
var clock = Stopwatch.StartNew();
var applicants = await BenchApplicants.SeedAsync(app.Services, count);
Console.WriteLine($"seeded {count} applicant accounts in {clock.Elapsed.TotalSeconds:F1} s");
clock.Restart();
var tokens = new string[count];
await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
{
    var response = await Node(i).PostAsJsonAsync("/api/auth/login", new { userName = applicants[i].UserName, password = BenchApplicants.Password }, ct);
    response.EnsureSuccessStatusCode();
    tokens[i] = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
});
Console.WriteLine($"signed in {count} applicants in {clock.Elapsed.TotalSeconds:F1} s");

// 2. Drafts: each applicant creates a 新参保 application and uploads its four materials (not timed).
clock.Restart();
var jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00 };
var pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();
var applications = new Guid[count];
await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
{
    using var create = Request(HttpMethod.Post, "/api/applications", tokens[i]);
    create.Content = JsonContent.Create(new
    {
        type = "NewEnrollment", regionCode = "6501", phone = $"139{i:D8}", address = "乌鲁木齐市天山区解放北路 1 号",
        insuranceTypes = new[] { "110" }, bank = new { bankCode = "ICBC", accountNumber = $"62220212{i:D11}", accountName = "张伟" },
        contributionBase = 5000, paymentFrequency = "Monthly",
    });
    using var created = await Node(i + 1).SendAsync(create, ct);
    if (created.StatusCode != HttpStatusCode.Created)
    {
        throw new InvalidOperationException($"Expected 201 for applicant {i}, but {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync(ct)}");
    }

    applications[i] = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid();
    foreach (var (kind, bytes, file) in new[] { ("IdCardFront", jpeg, "front.jpg"), ("IdCardBack", jpeg, "back.jpg"), ("HouseholdRegister", pdf, "hukou.pdf"), ("IdCardCopy", pdf, "copy.pdf") })
    {
        using var upload = Request(HttpMethod.Post, $"/api/applications/{applications[i]}/materials", tokens[i]);
        var form = new MultipartFormDataContent { { new StringContent(kind), "kind" } };
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(kind.StartsWith("IdCardF", StringComparison.Ordinal) || kind == "IdCardBack" ? "image/jpeg" : "application/pdf");
        form.Add(content, "file", file);
        upload.Content = form;
        using var uploaded = await Node(i + 2).SendAsync(upload, ct);
        if (!uploaded.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Expected the upload to succeed for applicant {i}, but {(int)uploaded.StatusCode}: {await uploaded.Content.ReadAsStringAsync(ct)}");
        }
    }
});
Console.WriteLine($"created {count} drafts with 4 materials each in {clock.Elapsed.TotalSeconds:F1} s");

// 3. Warm-up on drafts of its own, then a pause for the jobs it scheduled to run.
var warmup = warmupSeconds == 0 ? null : await OpenLoop.RunAsync("warm-up POST …/submit (not judged)", rate, TimeSpan.FromSeconds(warmupSeconds), async i =>
{
    using var submit = Request(HttpMethod.Post, $"/api/applications/{applications[measured + i]}/submit", tokens[measured + i]);
    using var response = await Node(i).SendAsync(submit);
    return response.StatusCode == HttpStatusCode.Accepted ? null : $"HTTP {(int)response.StatusCode}";
});
if (warmup is not null)
{
    await Task.Delay(TimeSpan.FromSeconds(5));
    Console.WriteLine($"warm-up done; {LoadAverage()}");
}

// 4. Measured: baseline first (warms the connection pool and the JIT), then submissions, at the same rate.
using var rawHttp = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue }) { BaseAddress = rawAddress };
var results = new List<LoadResult>
{
    await OpenLoop.RunAsync("raw Kestrel GET / (same process, no middleware)", rate, TimeSpan.FromSeconds(baselineSeconds), async _ =>
    {
        using var response = await rawHttp.GetAsync("/");
        return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
    }),
    await OpenLoop.RunAsync("API GET /health/live (full middleware pipeline)", rate, TimeSpan.FromSeconds(baselineSeconds), async _ =>
    {
        using var response = await http.GetAsync("/health/live");
        return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
    }),
};
var gcBefore = GC.CollectionCount(2);
var writer = app.Services.GetRequiredService<SocialInsurance.Workflows.Persistence.GroupCommit>();
var (commitsBefore, stepsBefore, busyBefore, commitBefore, handOverBefore, forOthersBefore) = (writer.Commits, writer.Steps, writer.BusyTime, writer.CommitTime, writer.HandOverTime, writer.WrittenForOthers);
var (syncsBefore, syncTimeBefore) = (writer.LogSyncs, writer.LogSyncTime);
var submitClock = Stopwatch.StartNew();
results.Add(await OpenLoop.RunAsync("API POST /api/applications/{id}/submit", rate, TimeSpan.FromSeconds(seconds), async i =>
{
    using var submit = Request(HttpMethod.Post, $"/api/applications/{applications[i]}/submit", tokens[i]);
    using var response = await Node(i).SendAsync(submit);
    return response.StatusCode == HttpStatusCode.Accepted ? null : $"HTTP {(int)response.StatusCode}";
}));
var gen2 = GC.CollectionCount(2) - gcBefore;
if (writer.Enabled)
{
    var (commits, steps, busy, commitTime) = (writer.Commits - commitsBefore, writer.Steps - stepsBefore, writer.BusyTime - busyBefore, writer.CommitTime - commitBefore);
    var handOver = writer.HandOverTime - handOverBefore;
    var syncs = writer.LogSyncs - syncsBefore;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"group commit during the submit run: {steps} steps in {commits} commits ({(double)steps / Math.Max(1, commits):F1} per commit), {writer.WrittenForOthers - forOthersBefore} written by the step holding the writer"));
    Console.WriteLine(writer.SyncsLogBesideWriter
        ? string.Create(CultureInfo.InvariantCulture, $"log synced beside the writer: {syncs} fsyncs ({(double)steps / Math.Max(1, syncs):F1} steps per fsync), {(writer.LogSyncTime - syncTimeBefore).TotalMilliseconds / Math.Max(1, syncs):F2} ms each")
        : "log synced inside each commit (SQLite's own fsync: one per commit)");
    // Utilisation of the one writer: near 100 % the submissions queue for it whatever the cores have left.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"writer held {busy.TotalSeconds:F1} s of the run's {submitClock.Elapsed.TotalSeconds:F1} s ({100 * busy / submitClock.Elapsed:F0} %), {busy.TotalMilliseconds / Math.Max(1, steps):F2} ms per step: " +
        $"steps' turns {(busy - commitTime).TotalMilliseconds / Math.Max(1, steps):F2} ms (of which waiting for a thread after the hand-over {handOver.TotalMilliseconds / Math.Max(1, steps):F2} ms), " +
        $"group commits {commitTime.TotalMilliseconds / Math.Max(1, commits):F2} ms each"));
}
Console.WriteLine($"after the measured runs: {LoadAverage()}");

Console.WriteLine();
Console.WriteLine("| run | offered | offered/s | ok | errors | completed/s | p50 ms | p95 ms | p99 ms | max ms |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var r in warmup is null ? results : results.Prepend(warmup))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Name} | {r.Offered} | {r.OfferedRate:F1} | {r.Ok} | {r.Errors} | {r.CompletedRate:F1} | {r.Percentile(50):F1} | {r.Percentile(95):F1} | {r.Percentile(99):F1} | {(r.LatenciesMs.Length > 0 ? r.LatenciesMs[^1] : double.NaN):F1} |"));
    foreach (var (kind, n) in r.ErrorKinds)
    {
        Console.WriteLine($"|   error: {kind} | {n} | | | | | | | | |");
    }
}

var submitRun = results[^1];
var health = results[1];
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"submit / health p50 ratio {submitRun.Percentile(50) / health.Percentile(50):F1}x, p99 ratio {submitRun.Percentile(99) / health.Percentile(99):F1}x; gen2 GCs during submit run: {gen2}"));
var met = submitRun.Errors == 0 && submitRun.Percentile(99) < 100 && submitRun.CompletedRate >= rate * 0.98;
Console.WriteLine($"goal {rate}/s for {seconds} s, p99 < 100 ms, no errors: {(met ? "MET" : "NOT MET")}");

await raw.StopAsync();
foreach (var node in nodes)
{
    await node.App.StopAsync();
}

return met ? 0 : 1;

// The machine may be shared; the load average says how much of it the bench had.
static string LoadAverage() => File.Exists("/proc/loadavg") ? $"load average {File.ReadAllText("/proc/loadavg").Trim()}" : "load average unknown";

static HttpRequestMessage Request(HttpMethod method, string path, string token)
{
    var request = new HttpRequestMessage(method, path);
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    return request;
}

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

string? TextOption(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (Directory.Exists(Path.Combine(directory.FullName, "workflows-definitions")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Expected workflows-definitions above the bench binaries, but found none.");
}
