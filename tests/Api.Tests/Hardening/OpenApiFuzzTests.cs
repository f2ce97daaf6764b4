using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SocialInsurance.Api.Tests.Applications;
using Xunit.Abstractions;

namespace SocialInsurance.Api.Tests.Hardening;

/// <summary>
/// Hostile and careless requests to every operation of the OpenAPI document (<c>/openapi/v1.json</c>), as every role:
/// malformed, oversized, wrongly typed and duplicate-key bodies, bad path and query values, multipart abuse. The
/// routes come from the document, so a route is covered the day it is mapped. Randomness is seeded (the seed is printed;
/// set <c>FUZZ_SEED</c> to replay a run) and bounded in count and time. It fails on any 5xx, on a response that shows
/// internals (stack traces, exception type names, file paths, SQL), and on a response slower than
/// <see cref="HangBound"/>.
/// </summary>
public sealed partial class OpenApiFuzzTests(FuzzApiFactory factory, ITestOutputHelper output) : IClassFixture<FuzzApiFactory>
{
    /// <summary>
    /// Catches hangs (a request that waits on a lock, a parser that never ends), not slowness: a healthy request here
    /// takes milliseconds, and 5 s leaves room for a machine shared with other builds.
    /// </summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);
    private const int MaxRequests = 2_500;

    private static readonly string?[] Roles = [null, "applicant1", "reviewer1", "admin1"];

    private static readonly string[] BadPathValues =
    [
        "00000000-0000-0000-0000-000000000000", "not-a-guid", "-1", "0", "99999999999999999999", "1e400", "%00", "%E2%80%AE",
        "..%2F..%2Fetc%2Fpasswd", "'%20OR%201=1--", new string('9', 300), "%F0%28%8C%28", "null",
    ];

    private static readonly string[] BadQueryValues =
    [
        "-1", "0", "99999999999999999999", "1e400", "NaN", "%00", "%0D%0AX-Injected:%201", "'%20OR%201=1--", "%E2%80%AE",
        new string('x', 5_000), "%F0%28%8C%28", "true", "[]", "2026-13-45",
    ];

    [Fact]
    public async Task EveryOperation_AnswersWithoutServerErrorsOrInternals_ForHostileInput()
    {
        // Given
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var fixedSeed) ? fixedSeed : Environment.TickCount;
        output.WriteLine($"FUZZ_SEED={seed}");
        var random = new Random(seed);
        var operations = await OperationsAsync();
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        foreach (var role in Roles)
        {
            clients[role ?? "anonymous"] = role is null ? factory.CreateClient() : await factory.ClientForAsync(role);
        }

        var applicant = clients["applicant1"];
        var draft = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        var findings = new List<string>();
        var sent = 0;
        var clock = Stopwatch.StartNew();

        // When: round after round, every operation as every role, until the count or time budget is spent
        for (var round = 0; sent < MaxRequests && clock.Elapsed < Budget; round++)
        {
            foreach (var operation in operations)
            {
                foreach (var (role, client) in clients)
                {
                    if (sent >= MaxRequests || clock.Elapsed >= Budget)
                    {
                        break;
                    }

                    using var request = Build(operation, round == 0 ? 0 : random.Next(1, 1_000), random, draft);
                    var watch = Stopwatch.StartNew();
                    HttpResponseMessage response;
                    string body;
                    try
                    {
                        response = await client.SendAsync(request);
                        body = await response.Content.ReadAsStringAsync();
                    }
                    catch (HttpRequestException ex)
                    {
                        // Kestrel refuses a bad request line (a NUL in the path) with 400 and closes the connection
                        // before reading the body, so the client fails while still sending it: ask again without one.
                        using var bare = new HttpRequestMessage(request.Method, request.RequestUri);
                        using var answer = await TrySendAsync(client, bare);
                        if (answer is null || (int)answer.StatusCode >= 500)
                        {
                            findings.Add($"{role} {request.Method} {request.RequestUri}: no answer ({ex.Message})");
                        }

                        continue;
                    }

                    watch.Stop();
                    sent++;
                    var what = $"{role} {request.Method} {request.RequestUri} [{request.Content?.Headers.ContentType}]";
                    if ((int)response.StatusCode >= 500)
                    {
                        findings.Add($"{what}: {(int)response.StatusCode} {Shorten(body)}");
                    }
                    else if ((int)response.StatusCode >= 400 && Internals().Match(body) is { Success: true } leak)
                    {
                        findings.Add($"{what}: shows internals ({leak.Value}) {Shorten(body)}");
                    }

                    if (watch.Elapsed > HangBound)
                    {
                        findings.Add($"{what}: took {watch.Elapsed.TotalSeconds:0.0} s");
                    }

                    response.Dispose();
                }
            }
        }

        // Then
        output.WriteLine($"{sent} requests to {operations.Count} operations in {clock.Elapsed.TotalSeconds:0} s");
        Assert.True(findings.Count == 0, $"FUZZ_SEED={seed}: {findings.Count} finding(s):\n" + string.Join('\n', findings.Distinct().Take(40)));
    }

    private static async Task<HttpResponseMessage?> TrySendAsync(HttpClient client, HttpRequestMessage request)
    {
        try
        {
            return await client.SendAsync(request);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private sealed record Operation(string Method, string Path, IReadOnlyList<string> Query, JsonElement? Schema, bool Multipart);

    private async Task<IReadOnlyList<Operation>> OperationsAsync()
    {
        using var anonymous = factory.CreateClient();
        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement;
        var operations = new List<Operation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "patch" or "delete"))
            {
                var query = method.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList()
                    : [];
                JsonElement? schema = null;
                var multipart = false;
                if (method.Value.TryGetProperty("requestBody", out var requestBody) && requestBody.TryGetProperty("content", out var content))
                {
                    multipart = content.TryGetProperty("multipart/form-data", out _);
                    if (content.TryGetProperty("application/json", out var json) && json.TryGetProperty("schema", out var s))
                    {
                        schema = Resolve(document, s);
                    }
                }

                operations.Add(new Operation(method.Name.ToUpperInvariant(), path.Name, query, schema, multipart));
            }
        }

        Assert.NotEmpty(operations);
        return operations;
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            return document.GetProperty("components").GetProperty("schemas").GetProperty(name);
        }

        return schema;
    }

    /// <summary>Variant 0 is a plausible request (real ids where the fixture has them); the others are hostile.</summary>
    private static HttpRequestMessage Build(Operation operation, int variant, Random random, Guid draft)
    {
        var path = PathParameter().Replace(operation.Path, match => variant == 0 || random.Next(3) == 0
            ? (match.Value.Contains("id", StringComparison.OrdinalIgnoreCase) ? draft.ToString() : match.Value.Contains("year", StringComparison.OrdinalIgnoreCase) ? "2026" : "review-application.form")
            : BadPathValues[random.Next(BadPathValues.Length)]);
        var query = operation.Query.Count == 0 || variant == 0
            ? string.Empty
            : "?" + string.Join('&', operation.Query.Where(_ => random.Next(2) == 0).Select(q => $"{q}={BadQueryValues[random.Next(BadQueryValues.Length)]}"));
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), path + query);
        if (operation.Method is "POST" or "PUT" or "PATCH" || variant % 7 == 3)
        {
            request.Content = Body(operation, variant, random);
        }

        return request;
    }

    private static HttpContent? Body(Operation operation, int variant, Random random)
    {
        switch (variant == 0 ? 0 : random.Next(14))
        {
            case 0:
                return operation.Schema is { } schema ? Json(Typed(schema, random, wrong: false).ToJsonString()) : null;
            case 1:
                return operation.Schema is { } wrongSchema ? Json(Typed(wrongSchema, random, wrong: true).ToJsonString()) : Json("{}");
            case 2:
                return Json("{\"type\":\"NewEnrollment\",\"type\":\"Suspension\",\"decision\":\"approve\",\"decision\":\"reject\"}");
            case 3:
                return Json(new[] { "{", "[", "{\"a\":", "nul", "{\"a\":1,}", "\"unterminated", "{'a':1}", "" }[random.Next(8)]);
            case 4:
                return Json(new string('[', 200) + new string(']', 200));
            case 5:
                return Json("{\"comment\":\"" + new string('长', 300_000) + "\"}");
            case 6:
                return Json("{\"contributionBase\":1e400,\"year\":99999999999999999999,\"amount\":-1e30}");
            case 7:
                var bytes = Encoding.UTF8.GetBytes("{\"name\":\"xx\"}");
                bytes[9] = 0xC3;
                bytes[10] = 0x28;
                return Raw(bytes, "application/json");
            case 8:
                return Json("{\"name\":\"a\\u0000b\\u001b[2J\\u202Eexe.jpg\",\"address\":\"\\ud800\"}");
            case 9:
                return Raw(Encoding.ASCII.GetBytes("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\nabc"), "multipart/form-data");
            case 10:
                return Raw(Encoding.ASCII.GetBytes("--x\r\nContent-Disposition form-data\r\n\r\nabc\r\n--x--\r\n"), "multipart/form-data; boundary=x");
            case 11:
                var form = new MultipartFormDataContent();
                for (var i = 0; i < 1_100; i++)
                {
                    form.Add(new StringContent("x"), $"f{i}");
                }

                return form;
            case 12:
                return Raw(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><definitions>&b;</definitions>"), "application/xml");
            default:
                var noise = new byte[random.Next(1, 4_096)];
                random.NextBytes(noise);
                return Raw(noise, new[] { "application/json", "text/plain", "application/octet-stream", "application/xml", "application/x-www-form-urlencoded" }[random.Next(5)]);
        }
    }

    /// <summary>A value of the schema's shape, or (wrong) one of another type in each property.</summary>
    private static System.Text.Json.Nodes.JsonNode Typed(JsonElement schema, Random random, bool wrong)
    {
        var node = new System.Text.Json.Nodes.JsonObject();
        if (!schema.TryGetProperty("properties", out var properties))
        {
            return node;
        }

        foreach (var property in properties.EnumerateObject())
        {
            var type = property.Value.TryGetProperty("type", out var t) ? t.ToString() : "string";
            node[property.Name] = (wrong, type.Contains("string", StringComparison.Ordinal)) switch
            {
                (false, true) => "x",
                (false, false) => type.Contains("integer", StringComparison.Ordinal) || type.Contains("number", StringComparison.Ordinal) ? 1 : null,
                (true, true) => random.Next(2) == 0 ? 1e300 : new System.Text.Json.Nodes.JsonObject { ["nested"] = true },
                (true, false) => random.Next(2) == 0 ? "not a number" : new System.Text.Json.Nodes.JsonArray(1, 2),
            };
        }

        return node;
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static ByteArrayContent Raw(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";

    [GeneratedRegex(@"\{[^}/]+\}")]
    private static partial Regex PathParameter();

    /// <summary>What a response must never show: a stack frame, an exception or framework type name, a source or server path, SQL.</summary>
    [GeneratedRegex(@"\s+at [\w.<>`]+\(|\w+Exception\b|\.cs:line|/work/|/home/|/root/|/tmp/|System\.[A-Z]\w+\.|Microsoft\.[A-Z]\w+\.|SQLite Error|\bSELECT\b .+\bFROM\b|\bINSERT INTO\b|Npgsql")]
    private static partial Regex Internals();
}
