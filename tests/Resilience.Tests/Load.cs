using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SocialInsurance.Resilience.Tests;

/// <summary>
/// The requests of the crash test and what they were answered. <see cref="Accepted"/> holds only successes: a request
/// that failed, or whose connection died with the service, promised nothing.
/// </summary>
public sealed class Load
{
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00];

    private readonly TaskCompletionSource _half = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _answered;
    private int _halfOf = int.MaxValue;

    /// <summary>Idempotency key or task id → the application or task the success named.</summary>
    public ConcurrentDictionary<string, Guid> Accepted { get; } = new();

    public static object Suspension() => new { type = "Suspension", reason = "02", insuranceTypes = new[] { "110" } };

    public static object NewEnrollment(string name) => new
    {
        type = "NewEnrollment",
        regionCode = "6501",
        phone = "13912345678",
        address = "乌鲁木齐市天山区解放北路 1 号",
        insuranceTypes = new[] { "110" },
        bank = new { bankCode = "ICBC", accountNumber = "6222021234567890123", accountName = name },
        contributionBase = 5000m,
        paymentFrequency = "Monthly",
    };

    public Task AnsweredHalfOf(int operations)
    {
        _halfOf = operations / 2;
        return _half.Task;
    }

    public static async Task RunAsync(IReadOnlyList<Func<Task>> operations, int parallelism) =>
        await Parallel.ForEachAsync(operations, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (operation, _) => await operation());

    /// <summary>
    /// Runs the operations, holding those from <paramref name="holdFrom"/> on until <see cref="Release"/>: whatever the
    /// test does between "half answered" and the kill, on however fast a machine, part of the load is still to come
    /// when the service dies (and then meets a dead service, or the restarted one through the retries).
    /// </summary>
    public async Task RunHoldingAsync(IReadOnlyList<Func<Task>> operations, int parallelism, int holdFrom) =>
        await Parallel.ForEachAsync(
            operations.Select((operation, index) => (Operation: operation, Index: index)),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (item, _) =>
            {
                if (item.Index >= holdFrom)
                {
                    await _released.Task;
                }

                await item.Operation();
            });

    public void Release() => _released.TrySetResult();

    public Task CreateAsync(HttpClient client, string key) =>
        SendAsync(key, async () => await PostCreateAsync(client, key), HttpStatusCode.Created, IdOfAsync);

    public Task SubmitAsync(HttpClient client, string user, Guid application) =>
        SendAsync($"{user}-submit", async () => await PostSubmitAsync(client, user, application), HttpStatusCode.Accepted, IdOfAsync);

    public Task CompleteAsync(HttpClient reviewer, Guid task) =>
        SendAsync(task.ToString("D"), async () =>
        {
            var claimed = await reviewer.PostAsync($"/api/tasks/{task}/claim", null);
            return claimed.StatusCode == HttpStatusCode.NoContent
                ? await reviewer.PostAsJsonAsync($"/api/tasks/{task}/complete", new { approved = true })
                : claimed;
        }, HttpStatusCode.OK, _ => Task.FromResult(task));

    public static async Task<HttpResponseMessage> PostCreateAsync(HttpClient client, string? key, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(body ?? Suspension()) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> PostSubmitAsync(HttpClient client, string user, Guid application)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/applications/{application}/submit");
        request.Headers.Add("Idempotency-Key", $"{user}-submit");
        return await client.SendAsync(request);
    }

    public static async Task<Guid> IdOfAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

    private async Task SendAsync(string name, Func<Task<HttpResponseMessage>> send, HttpStatusCode success, Func<HttpResponseMessage, Task<Guid>> effect)
    {
        try
        {
            var response = await send();
            if (response.StatusCode == success)
            {
                Accepted[name] = await effect(response);
            }
            else if ((int)response.StatusCode is >= 400 and < 500)
            {
                Assert.Fail($"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            // The connection died with the service: nothing was promised.
        }

        if (Interlocked.Increment(ref _answered) >= _halfOf)
        {
            _half.TrySetResult();
        }
    }
}
