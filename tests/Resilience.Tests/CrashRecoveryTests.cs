using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace SocialInsurance.Resilience.Tests;

/// <summary>
/// The service is killed with SIGKILL while applicants create and submit applications and a reviewer completes tasks,
/// then started again on the same data folder. Every request that was answered with a success must have its effect
/// exactly once; every request retried with its <c>Idempotency-Key</c> must replay or complete once; a timer that fell
/// due during the outage must fire once after the restart.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int Port = 5420;
    private const int DraftsPerApplicant = 10;
    private const int ReviewTasks = 12;
    private static readonly TimeSpan TimerDelay = TimeSpan.FromSeconds(3);

    // Limits raised so the load is not refused for its rate; the in-flight timeout lowered so that keys of killed
    // requests are released by the time the retries come.
    private static readonly string[] Settings =
    [
        "--Idempotency:InFlightTimeoutSeconds=1",
        "--RateLimiting:Submission:PermitLimit=1000",
        "--RateLimiting:Upload:PermitLimit=1000",
        "--RateLimiting:Login:PermitLimit=1000",
    ];

    private readonly string _data = Path.Combine(Path.GetTempPath(), "si-crash-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Service_DoesEveryAcceptedRequestExactlyOnce_WhenKilledUnderLoadAndRestarted()
    {
        // Given a service with review tasks waiting and two applicants with drafts ready to submit
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var service = await ServiceProcess.StartAsync(Port, _data, Settings);
        output.WriteLine($"ready at {clock.Elapsed.TotalSeconds:F0} s");
        var admin = await service.ClientForAsync("admin1");
        var reviewProcess = await DeployAsync(admin, Processes.Review("crashReview"));
        await DeployAsync(admin, Processes.Timer("crashTimer", TimerDelay));
        for (var i = 0; i < ReviewTasks; i++)
        {
            await StartAsync(admin, reviewProcess, $"crash-review-{i}");
        }

        var reviewer = await service.ClientForAsync("reviewer1");
        var tasks = (await reviewer.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=available&processKey={reviewProcess}&pageSize=100"))
            .GetProperty("items").EnumerateArray()
            .Select(t => (Task: t.GetProperty("id").GetGuid(), Instance: t.GetProperty("instanceId").GetGuid())).ToList();
        Assert.Equal(ReviewTasks, tasks.Count);
        var applicants = new Dictionary<string, HttpClient>
        {
            ["applicant1"] = await service.ClientForAsync("applicant1"),
            ["applicant2"] = await service.ClientForAsync("applicant2"),
        };
        var enrollments = new Dictionary<string, Guid>
        {
            ["applicant1"] = await PrepareEnrollmentAsync(applicants["applicant1"], "张伟"),
            ["applicant2"] = await PrepareEnrollmentAsync(applicants["applicant2"], "李娜"),
        };

        // When the load runs and the service is killed once half of it has been answered
        var load = new Load();
        var operations = new List<Func<Task>>();
        foreach (var (user, client) in applicants)
        {
            operations.Add(() => load.SubmitAsync(client, user, enrollments[user]));
            for (var i = 0; i < DraftsPerApplicant; i++)
            {
                var key = $"{user}-draft-{i}";
                operations.Add(() => load.CreateAsync(client, key));
            }
        }

        operations.AddRange(tasks.Select(t => (Func<Task>)(() => load.CompleteAsync(reviewer, t.Task))));
        operations = [.. operations.OrderBy(_ => Random.Shared.Next())];
        var timerInstance = Guid.Empty;
        var killed = load.AnsweredHalfOf(operations.Count).ContinueWith(async _ =>
        {
            try
            {
                timerInstance = await StartAsync(admin, "crashTimer", "crash-timer");
                service.Crash();
            }
            finally
            {
                load.Release();
            }
        }).Unwrap();
        await load.RunHoldingAsync(operations, parallelism: 4, holdFrom: operations.Count * 3 / 4);
        await killed;
        output.WriteLine($"killed at {clock.Elapsed.TotalSeconds:F0} s");
        var timerDue = DateTimeOffset.UtcNow + TimerDelay;

        // ... and starts again on the same data after the timer fell due
        var wait = timerDue - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        using var restarted = await ServiceProcess.StartAsync(Port, _data, Settings);
        service.Dispose();
        output.WriteLine($"restarted and ready at {clock.Elapsed.TotalSeconds:F0} s");
        admin = await restarted.ClientForAsync("admin1");
        reviewer = await restarted.ClientForAsync("reviewer1");
        foreach (var user in applicants.Keys)
        {
            applicants[user] = await restarted.ClientForAsync(user);
        }

        // Then every creation, retried with its key, is the one application it was, or is made now, and once
        output.WriteLine($"accepted before the kill: {load.Accepted.Count} of {operations.Count} ({string.Join(", ", load.Accepted.Keys.Order())})");
        var replays = 0;
        Assert.True(load.Accepted.Count > 0 && load.Accepted.Count < operations.Count, $"{load.Accepted.Count} of {operations.Count} accepted: the kill missed the load.");
        foreach (var (user, client) in applicants)
        {
            var created = new HashSet<Guid> { enrollments[user] };
            for (var i = 0; i < DraftsPerApplicant; i++)
            {
                var key = $"{user}-draft-{i}";
                var retry = await Load.PostCreateAsync(client, key);
                Assert.True(retry.StatusCode == HttpStatusCode.Created, $"retry of {key}: {(int)retry.StatusCode} {await retry.Content.ReadAsStringAsync()}");
                var id = await Load.IdOfAsync(retry);
                replays += retry.Headers.Contains("Idempotent-Replayed") ? 1 : 0;
                if (load.Accepted.TryGetValue(key, out var accepted))
                {
                    Assert.Equal(accepted, id);
                }

                Assert.True(created.Add(id), $"{key} answered with an application another key created");
            }

            var listed = (await client.GetFromJsonAsync<JsonElement>("/api/applications")).EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToList();
            Assert.Equal(created.Order(), listed.Order());
        }

        output.WriteLine($"creations retried: {applicants.Count * DraftsPerApplicant}, of which replayed: {replays}");

        // ... every submission, retried with its key, has exactly one process instance
        foreach (var (user, client) in applicants)
        {
            var retry = await Load.PostSubmitAsync(client, user, enrollments[user]);
            output.WriteLine($"{user}'s submission retried: {(int)retry.StatusCode}{(retry.Headers.Contains("Idempotent-Replayed") ? " (replayed)" : "")}");
            Assert.True(retry.StatusCode == HttpStatusCode.Accepted, $"retry of {user}'s submission: {(int)retry.StatusCode} {await retry.Content.ReadAsStringAsync()}");
            var instances = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances?businessKey={enrollments[user]:D}");
            Assert.Equal(1, instances.GetProperty("total").GetInt32());
        }

        // ... every accepted completion is in the journal once, and a completion retried after the crash completes once
        foreach (var (task, instance) in tasks)
        {
            if (!load.Accepted.ContainsKey(task.ToString("D")) && await CompletionsAsync(admin, instance) == 0)
            {
                output.WriteLine($"task {task}: not completed before the kill, completed now");
                await reviewer.PostAsync($"/api/tasks/{task}/claim", null);
                var retry = await reviewer.PostAsJsonAsync($"/api/tasks/{task}/complete", new { approved = true });
                Assert.True(retry.StatusCode == HttpStatusCode.OK, $"retry of task {task}: {(int)retry.StatusCode} {await retry.Content.ReadAsStringAsync()}");
            }

            Assert.Equal(1, await CompletionsAsync(admin, instance));
        }

        // ... and the timer that fell due while the service was down fires once
        var timer = await Eventually.InstanceAsync(admin, timerInstance, i => i.GetProperty("instance").GetProperty("state").GetString() == "Completed");
        output.WriteLine($"timer awaited until {clock.Elapsed.TotalSeconds:F0} s");
        output.WriteLine($"timer journal: {string.Join("; ", Journal(timer).Select(e => $"{e.GetProperty("elementId")} {e.GetProperty("event")} {e.GetProperty("at")}"))}");
        Assert.Equal(1, Journal(timer).Count(e => e.GetProperty("elementId").GetString() == "wait" && e.GetProperty("event").GetString() == "Completed"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A file the killed process held may linger a moment; the temp folder is cleaned by the system.
        }
    }

    private static async Task<string> DeployAsync(HttpClient admin, (string Key, string Xml) process)
    {
        var deployed = await admin.PostAsync("/api/admin/definitions?publish=true", new StringContent(process.Xml, Encoding.UTF8, "application/xml"));
        Assert.True(deployed.StatusCode == HttpStatusCode.Created, await deployed.Content.ReadAsStringAsync());
        return process.Key;
    }

    private static async Task<Guid> StartAsync(HttpClient admin, string processKey, string businessKey)
    {
        var started = await admin.PostAsJsonAsync("/api/admin/instances", new { processKey, businessKey });
        Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        return (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> PrepareEnrollmentAsync(HttpClient client, string name)
    {
        var created = await Load.PostCreateAsync(client, null, Load.NewEnrollment(name));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = await Load.IdOfAsync(created);
        foreach (var (kind, content) in new[] { ("IdCardFront", Load.Jpeg), ("IdCardBack", Load.Jpeg), ("HouseholdRegister", Load.Jpeg), ("IdCardCopy", Load.Jpeg) })
        {
            using var form = new MultipartFormDataContent();
            form.Add(new StringContent(kind), "kind");
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(file, "file", "scan.jpg");
            var uploaded = await client.PostAsync($"/api/applications/{id}/materials", form);
            Assert.True(uploaded.StatusCode == HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        }

        return id;
    }

    private static async Task<int> CompletionsAsync(HttpClient admin, Guid instance) =>
        Journal(await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances/{instance}"))
            .Count(e => e.GetProperty("elementId").GetString() == "review" && e.GetProperty("event").GetString() == "Completed");

    private static IEnumerable<JsonElement> Journal(JsonElement detail) => detail.GetProperty("journal").EnumerateArray();
}
