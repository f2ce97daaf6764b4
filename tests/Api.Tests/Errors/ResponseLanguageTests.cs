using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Errors;

/// <summary>
/// One language per response: <c>Accept-Language: en</c> reads English only, no header (or zh-CN) Chinese only;
/// every problem carries a code, field errors too. Checked over error routes of each kind: the framework's own 404,
/// a use case's 404, field errors, malformed JSON, a conflict from the engine, an unauthorized sign-in.
/// </summary>
public sealed partial class ResponseLanguageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string, string> Routes() => new()
    {
        { "GET", "/api/no-such-route" },
        { "GET", $"/api/applications/{Guid.Empty}" },
        { "GET", "/api/tasks?scope=everything&page=0" },
        { "POST", "/api/applications|{\"type\":\"NewEnrollment\",\"type\":\"Suspension\"}" },
        { "POST", "/api/applications|{\"type\":" },
        { "POST", "/api/applications|{\"type\":\"NewEnrollment\"}" },
        { "POST", $"/api/tasks/{Guid.Empty}/claim|" },
        { "GET", $"/api/admin/instances/{Guid.Empty}" },
        { "POST", "/api/admin/definitions/validate|<not-bpmn/>" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Problem_IsInEnglishOnly_WhenTheRequestAsksForEnglish(string method, string route)
    {
        // Given
        var client = await ClientAsync(route);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        // When
        var problem = await SendAsync(client, method, route);

        // Then
        Assert.True(problem.TryGetProperty("code", out _), problem.ToString());
        Assert.All(Texts(problem), text => Assert.DoesNotMatch(Han(), text));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Problem_IsInChineseOnly_WhenTheRequestNamesNoLanguage(string method, string route)
    {
        // Given
        var client = await ClientAsync(route);

        // When
        var problem = await SendAsync(client, method, route);

        // Then
        Assert.True(problem.TryGetProperty("code", out _), problem.ToString());
        Assert.Matches(Han(), problem.GetProperty("title").GetString()!);
        Assert.All(Texts(problem), text => Assert.False(Han().IsMatch(text) && Latin().IsMatch(text), text));
    }

    [Fact]
    public async Task ValidationProblem_NamesEachFieldErrorsCode_BesideItsMessage()
    {
        // Given
        var reviewer = await factory.ClientForAsync("reviewer1");
        reviewer.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        // When
        var problem = await SendAsync(reviewer, "GET", "/api/tasks?scope=everything");

        // Then
        Assert.Equal("validation.failed", problem.GetProperty("code").GetString());
        Assert.Equal("task.scopeInvalid", problem.GetProperty("errorCodes").GetProperty("scope")[0].GetProperty("code").GetString());
        Assert.Equal("Scope must be mine, followUp, available, done or overdue", problem.GetProperty("errors").GetProperty("scope")[0].GetString());
    }

    private async Task<HttpClient> ClientAsync(string route) =>
        route.StartsWith("/api/admin", StringComparison.Ordinal) ? await factory.ClientForAsync("admin1")
        : route.StartsWith("/api/tasks", StringComparison.Ordinal) ? await factory.ClientForAsync("reviewer1")
        : await factory.ClientForAsync("applicant1");

    private static async Task<JsonElement> SendAsync(HttpClient client, string method, string route)
    {
        var parts = route.Split('|', 2);
        using var request = new HttpRequestMessage(new HttpMethod(method), parts[0]);
        if (parts.Length == 2)
        {
            request.Content = new StringContent(parts[1], Encoding.UTF8, parts[1].StartsWith('<') ? "application/xml" : "application/json");
        }

        var response = await client.SendAsync(request);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{route}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Every text a person reads: title, detail, field messages, issue messages.</summary>
    private static IEnumerable<string> Texts(JsonElement problem)
    {
        foreach (var name in new[] { "title", "detail" })
        {
            if (problem.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String)
            {
                yield return text.GetString()!;
            }
        }

        if (problem.TryGetProperty("errors", out var errors))
        {
            foreach (var field in errors.EnumerateObject())
            {
                foreach (var message in field.Value.EnumerateArray())
                {
                    yield return message.GetString()!;
                }
            }
        }

        if (problem.TryGetProperty("issues", out var issues))
        {
            foreach (var issue in issues.EnumerateArray())
            {
                yield return issue.GetProperty("message").GetString()!;
            }
        }
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex(@"\b[A-Za-z]+ [a-z]+ [a-z]+\b")]
    private static partial Regex Latin();
}
