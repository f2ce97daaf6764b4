using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Testing;
using Xunit.Abstractions;

namespace SocialInsurance.Resilience.Tests;

/// <summary>
/// Three built services on one fresh PostgreSQL database, the way a deployment runs behind a load balancer: the
/// new-enrollment (新参保) story spread across them — drafts and materials on node 2, submissions on node 1 (killed
/// with SIGKILL halfway through the batch, its unanswered requests retried on node 2 with their keys, as a client behind
/// a balancer would), review on node 2, agreements, polling and deductions on node 3 (and node 2 at the same moment).
/// Every effect must be there exactly once.
/// </summary>
public sealed class MultiNodeTests(ITestOutputHelper output) : IDisposable
{
    private const int FirstPort = 5440;
    private const int Applicants = 8;
    private const string Account = "6222021234567890123";

    private static readonly string[] Settings =
    [
        "--Database:Provider=PostgreSql",
        "--Idempotency:InFlightTimeoutSeconds=1",
        "--RateLimiting:Submission:PermitLimit=1000",
        "--RateLimiting:Upload:PermitLimit=1000",
        "--RateLimiting:Login:PermitLimit=1000",
        // A job the killed node held is someone else's after 30 s, not 5 min: the test must end.
        "--Hangfire:InvisibilityTimeoutMinutes=0.5",
    ];

    private readonly string _data = Path.Combine(Path.GetTempPath(), "si-nodes-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServiceProcess> _nodes = [];

    [SkippableFact]
    public async Task Cluster_FinishesEveryNewEnrollmentOnce_WhenANodeIsKilledMidBatch()
    {
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        var settings = Settings.Append($"--ConnectionStrings:Workflows={database.ConnectionString}").ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // Given node 1 (which creates the schema and the demo accounts), then nodes 2 and 3 at once, and eight applicants
        var node1 = await StartAsync(1, settings);
        var people = Enumerable.Range(1, Applicants).Select(i => (UserName: $"nodes-applicant-{i}", IdNumber: Cluster.IdNumber(i * 7))).ToList();
        await Cluster.AddApplicantsAsync(database.ConnectionString, people);
        var started = await Task.WhenAll(StartAsync(2, settings), StartAsync(3, settings));
        var (node2, node3) = (started[0], started[1]);
        output.WriteLine($"three nodes ready at {clock.Elapsed.TotalSeconds:F0} s");

        // ... each with a draft and its four materials, made through node 2
        var drafts = new Dictionary<string, Guid>();
        foreach (var (user, _) in people)
        {
            drafts[user] = await PrepareEnrollmentAsync(await node2.ClientForAsync(user));
        }

        // When the submissions go to node 1, which is killed once half of them are answered
        var load = new Load();
        var submitters = new Dictionary<string, HttpClient>();
        foreach (var (user, _) in people)
        {
            submitters[user] = await node1.ClientForAsync(user);
        }

        // The last quarter is held until the kill: otherwise, on a fast enough node, every submission is answered in the
        // moment between "half answered" and the process dying, and none dies with it.
        var killed = load.AnsweredHalfOf(Applicants).ContinueWith(_ =>
        {
            try
            {
                node1.Crash();
            }
            finally
            {
                load.Release();
            }
        });
        await load.RunHoldingAsync(
            [.. people.Select(p => (Func<Task>)(() => load.SubmitAsync(submitters[p.UserName], p.UserName, drafts[p.UserName])))], parallelism: 3, holdFrom: Applicants * 3 / 4);
        await killed;
        output.WriteLine($"node 1 killed at {clock.Elapsed.TotalSeconds:F0} s; {load.Accepted.Count} of {Applicants} submissions answered 202 before");
        Assert.InRange(load.Accepted.Count, Applicants / 2, Applicants - 1);

        // ... and every submission is sent again through node 2 with its key, once the keys of the requests that died
        // with node 1 are released (Idempotency:InFlightTimeoutSeconds; before that a retry is told the first is in flight)
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var admin = await node2.ClientForAsync("admin1");
        var instances = new Dictionary<string, Guid>();
        foreach (var (user, _) in people)
        {
            var applicant = await node2.ClientForAsync(user);
            var retry = await Load.PostSubmitAsync(applicant, user, drafts[user]);
            Assert.True(retry.StatusCode == HttpStatusCode.Accepted, $"{user}'s retry: {(int)retry.StatusCode} {await retry.Content.ReadAsStringAsync()}");
            Assert.Equal(drafts[user], await Load.IdOfAsync(retry));
            var found = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances?businessKey={drafts[user]:D}");
            Assert.Equal(1, found.GetProperty("total").GetInt32());
            instances[user] = found.GetProperty("items")[0].GetProperty("id").GetGuid();
        }

        // ... reviewed on node 2
        var reviewer = await node2.ClientForAsync("reviewer1");
        foreach (var (user, _) in people)
        {
            var tasks = await reviewer.GetFromJsonAsync<JsonElement>("/api/tasks?scope=available&processKey=newEnrollment&pageSize=100");
            var task = tasks.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("businessKey").GetString() == drafts[user].ToString("D")).GetProperty("id").GetGuid();
            Assert.Equal(HttpStatusCode.NoContent, (await reviewer.PostAsync($"/api/tasks/{task}/claim", null)).StatusCode);
            var completed = await reviewer.PostAsJsonAsync($"/api/tasks/{task}/complete", new { decision = "approve", comment = "材料齐全" });
            Assert.True(completed.StatusCode == HttpStatusCode.OK, await completed.Content.ReadAsStringAsync());
        }

        // ... agreements signed and polled for on node 3
        var admin3 = await node3.ClientForAsync("admin1");
        foreach (var (user, _) in people)
        {
            var signed = await (await node3.ClientForAsync(user)).PostAsJsonAsync("/api/simulators/tax/agreements", new { bankCode = "ICBC", accountNumber = Account });
            Assert.True(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        }

        var polling = await TriggerAsync(admin3, "agreement-polling");
        foreach (var (user, instance) in instances)
        {
            var detail = await Eventually.InstanceAsync(admin3, instance, i => i.GetProperty("instance").GetProperty("state").GetString() == "Completed");
            Assert.True(detail.GetProperty("instance").GetProperty("state").GetString() == "Completed",
                $"{user}'s case did not complete (polling job {polling}: {await Cluster.JobStateAsync(database.ConnectionString, polling)}):\n{node3.Output}");
            var reviews = detail.GetProperty("journal").EnumerateArray()
                .Count(e => e.GetProperty("elementId").GetString() == "reviewApplication" && e.GetProperty("event").GetString() == "Completed");
            Assert.Equal(1, reviews);
        }

        output.WriteLine($"every case completed at {clock.Elapsed.TotalSeconds:F0} s");

        // ... and the month's deduction batch and the deadline job run on nodes 2 and 3 at the same moment
        var month = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var batches = await Task.WhenAll(
            admin.PostAsJsonAsync("/api/simulators/tax/deductions", new { period = month }),
            admin3.PostAsJsonAsync("/api/simulators/tax/deductions", new { period = month }));
        var deadlines = await Task.WhenAll(TriggerAsync(admin, "contribution-deadlines"), TriggerAsync(admin3, "contribution-deadlines"));
        foreach (var job in deadlines)
        {
            Assert.Equal("Succeeded", await EventuallyJobAsync(database.ConnectionString, job));
        }

        // Then the bureau charged each person once for the month: both batches report the same results
        var results = new List<JsonElement[]>();
        foreach (var batch in batches)
        {
            Assert.True(batch.IsSuccessStatusCode, await batch.Content.ReadAsStringAsync());
            results.Add([.. (await batch.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()]);
        }

        Assert.Equal(Applicants, results[0].Length);
        Assert.All(results[0], r => Assert.Equal("Succeeded", r.GetProperty("outcome").GetString()));
        Assert.Equal(results[0].Select(r => r.GetProperty("resultId").GetString()).Order(), results[1].Select(r => r.GetProperty("resultId").GetString()).Order());

        // ... every person is insured once, with one contribution period per month
        foreach (var (user, _) in people)
        {
            var insurance = await (await node3.ClientForAsync(user)).GetFromJsonAsync<JsonElement>("/api/me/insurance");
            Assert.Equal("Active", insurance.GetProperty("status").GetString());
            var periods = insurance.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("period").GetString()).ToList();
            Assert.NotEmpty(periods);
            Assert.Equal(periods.Count, periods.Distinct().Count());
        }

        // ... and the engine's minutely sweep ran once per minute across the three nodes
        // On a quiet machine the story ends inside the first minute, before any sweep slot has come: wait (bounded) for
        // the scheduler to reach one, since three live schedulers racing for a slot is what is being checked.
        var sweeps = await EventuallySweepsAsync(database.ConnectionString);
        output.WriteLine($"sweeps per minute: {string.Join(", ", sweeps.Select(s => $"{s.Slot:HH:mm} {s.Jobs}"))}; done at {clock.Elapsed.TotalSeconds:F0} s");
        Assert.NotEmpty(sweeps);
        Assert.All(sweeps, s => Assert.Equal(1, s.Jobs));
    }

    public void Dispose()
    {
        foreach (var node in _nodes)
        {
            node.Dispose();
        }

        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A file the killed process held may linger a moment; the temp folder is cleaned by the system.
        }
    }

    /// <summary>Node <paramref name="number"/> on port 5439 + number, remembered so that a failing test still stops it.</summary>
    private async Task<ServiceProcess> StartAsync(int number, string[] settings)
    {
        var node = await ServiceProcess.StartAsync(FirstPort + number - 1, Path.Combine(_data, $"node{number}"), settings);
        lock (_nodes)
        {
            _nodes.Add(node);
        }

        return node;
    }

    private static async Task<string> TriggerAsync(HttpClient admin, string job)
    {
        var triggered = await admin.PostAsync($"/api/admin/jobs/{job}/trigger", null);
        Assert.True(triggered.IsSuccessStatusCode, await triggered.Content.ReadAsStringAsync());
        return (await triggered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetString()!;
    }

    /// <summary>The job runs on whichever node's Hangfire server fetches it; its final state is all there is to wait for.</summary>
    private static async Task<IReadOnlyList<(DateTimeOffset Slot, long Jobs)>> EventuallySweepsAsync(string connectionString)
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(150);
        IReadOnlyList<(DateTimeOffset Slot, long Jobs)> sweeps;
        while ((sweeps = await Cluster.RecurringRunsAsync(connectionString, "workflow-overdue-sweep")).Count == 0 && DateTimeOffset.UtcNow < until)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        return sweeps;
    }

    private static async Task<string?> EventuallyJobAsync(string connectionString, string job)
    {
        var until = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(90);
        string? state;
        while ((state = await Cluster.JobStateAsync(connectionString, job)) is not ("Succeeded" or "Failed" or "Deleted") && DateTimeOffset.UtcNow < until)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        return state;
    }

    private static async Task<Guid> PrepareEnrollmentAsync(HttpClient client)
    {
        var created = await Load.PostCreateAsync(client, null, Load.NewEnrollment("张伟"));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = await Load.IdOfAsync(created);
        foreach (var kind in new[] { "IdCardFront", "IdCardBack", "HouseholdRegister", "IdCardCopy" })
        {
            using var form = new MultipartFormDataContent();
            form.Add(new StringContent(kind), "kind");
            var file = new ByteArrayContent(Load.Jpeg);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(file, "file", "scan.jpg");
            var uploaded = await client.PostAsync($"/api/applications/{id}/materials", form);
            Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        }

        return id;
    }
}
