using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Errors;

/// <summary>
/// The "not found" of every query that looks one thing up: a 404 problem naming what is missing by its code and
/// arguments, never a bare 404 or a 500 — the same answer whether the query's handler or its route decided it.
/// </summary>
public sealed class NotFoundAnswersTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Unknown = "0190a5c2-0000-7000-8000-000000000001";

    public static TheoryData<string, string, string, string> Lookups => new()
    {
        { "admin1", $"/api/admin/instances/{Unknown}", "instance.notFound", $"Instance {Unknown} does not exist." },
        { "admin1", $"/api/admin/instances/{Unknown}/wait-states", "instance.notFound", $"Instance {Unknown} does not exist." },
        { "admin1", "/api/admin/definitions/nothing/versions/1", "process.versionNotFound", "Process 'nothing' has no version 1." },
        { "admin1", "/api/admin/decisions/nothing", "decision.notDeployed", "Decision 'nothing' has no deployed version." },
        { "admin1", "/api/admin/decisions/nothing/versions/3", "decision.versionNotFound", "Decision 'nothing' has no version 3." },
        { "admin1", "/api/admin/decisions/nothing/diff?from=1&to=2", "decision.versionsNotFound", "Decision 'nothing' lacks version 1 or 2." },
        { "admin1", "/api/admin/forms/nothing", "form.notDeployed", "Form 'nothing' is not deployed." },
        { "admin1", "/api/admin/forms/nothing?version=2", "form.versionNotFound", "Form 'nothing' has no version 2." },
        { "admin1", "/api/admin/policy/2099", "policy.yearNotFound", "There is no policy row for 2099." },
        { "admin1", $"/api/admin/migrations/{Unknown}", "migration.notFound", $"Migration batch {Unknown} does not exist." },
        { "applicant1", $"/api/applications/{Unknown}", "application.notFound", $"Application {Unknown} was not found." },
        { "applicant1", $"/api/applications/{Unknown}/comments", "application.notFound", $"Application {Unknown} was not found." },
        { "applicant1", $"/api/applications/{Unknown}/materials/front", "material.notFound", "Material front was not found." },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public async Task Lookup_Answers404WithTheCodeOfWhatIsMissing_WhenNothingMatches(string user, string path, string code, string detail)
    {
        // Given
        var client = await factory.ClientForAsync(user);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd("en");

        // When
        var response = await client.SendAsync(request);

        // Then
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, body.GetProperty("status").GetInt32());
        Assert.Equal("Not found", body.GetProperty("title").GetString());
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Equal(detail, body.GetProperty("detail").GetString());
    }

    public static TheoryData<string, string, string?> TaskRoutes => new()
    {
        { "GET", $"/api/tasks/{Unknown}", null },
        { "GET", $"/api/tasks/{Unknown}/diagram", null },
        { "GET", $"/api/tasks/{Unknown}/materials", null },
        { "GET", $"/api/tasks/{Unknown}/colleagues", null },
        { "GET", $"/api/tasks/{Unknown}/comments", null },
        { "POST", $"/api/tasks/{Unknown}/comments", """{"text":"请补充材料","visibleToApplicant":false}""" },
        { "POST", $"/api/tasks/{Unknown}/case/id-number", null },
        { "POST", $"/api/tasks/{Unknown}/claim", null },
        { "POST", $"/api/tasks/{Unknown}/unclaim", null },
        { "POST", $"/api/tasks/{Unknown}/resolve", null },
        { "POST", $"/api/tasks/{Unknown}/assign", """{"userName":"reviewer2"}""" },
        { "PUT", $"/api/tasks/{Unknown}/follow-up", """{"followUpAt":null}""" },
        { "POST", $"/api/tasks/{Unknown}/complete", """{"decision":"approve"}""" },
    };

    [Theory]
    [MemberData(nameof(TaskRoutes))]
    public async Task TaskRoute_Answers404WithTheTaskCodeInTheRequestsLanguage_WhenTheTaskDoesNotExist(string method, string path, string? json)
    {
        // Given: a reviewer whose requests ask for no language in particular (zh-CN, the default)
        var reviewer = await factory.ClientForAsync("reviewer1");
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        // When
        var response = await reviewer.SendAsync(request);

        // Then
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("task.notFound", body.GetProperty("code").GetString());
        Assert.Equal($"任务 {Unknown} 不存在", body.GetProperty("detail").GetString());
    }
}
