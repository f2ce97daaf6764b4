using SocialInsurance.Api.Infrastructure.Persistence;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests;

/// <summary>The host with the shipped review form in its definitions folder and a clock the tests move.</summary>
public sealed class FormsApiFactory : ApiFactory
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        File.Copy(Path.Combine(FormTests.RepositoryRoot(), "workflows-definitions", "review-application.form"),
            Path.Combine(StartUpDefinitionsFolder, "review-application.form"), overwrite: true);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }
}

public sealed class FormTests(FormsApiFactory factory) : IClassFixture<FormsApiFactory>
{
    private const string ReviewForm = "review-application.form";

    [Fact]
    public async Task StartUp_DeploysTheFormsInTheDefinitionsFolder()
    {
        // Given the host started with review-application.form in its folder
        var admin = await factory.ClientForAsync("admin1");

        // When
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/admin/forms");

        // Then
        var review = list.EnumerateArray().Single(f => f.GetProperty("key").GetString() == ReviewForm);
        Assert.Equal("system", review.GetProperty("deployedBy").GetString());
        Assert.True(review.GetProperty("version").GetInt32() >= 1);
    }

    [Fact]
    public async Task PutForm_SameContentReformatted_KeepsTheVersion()
    {
        // Given the deployed file's schema, re-indented
        var admin = await factory.ClientForAsync("admin1");
        var schema = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "workflows-definitions", ReviewForm)))!;
        var before = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/forms/{ReviewForm}");

        // When
        var response = await admin.PutAsJsonAsync($"/api/admin/forms/{ReviewForm}", new { schema });

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("created").GetBoolean());
        Assert.Equal(before.GetProperty("version").GetInt32(), body.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task PutForm_CreatesVersions_AndServesEach()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var key = $"test-{Guid.NewGuid():N}.form";

        // When two different schemas and the first again are deployed
        var first = await admin.PutAsJsonAsync($"/api/admin/forms/{key}", new { schema = Schema("a") });
        var second = await admin.PutAsJsonAsync($"/api/admin/forms/{key}", new { schema = Schema("b") });
        var again = await admin.PutAsJsonAsync($"/api/admin/forms/{key}", new { schema = Schema("b") });

        // Then
        Assert.Equal("""{"key":"KEY","version":1,"created":true}""".Replace("KEY", key, StringComparison.Ordinal), await first.Content.ReadAsStringAsync());
        Assert.Equal("""{"key":"KEY","version":2,"created":true}""".Replace("KEY", key, StringComparison.Ordinal), await second.Content.ReadAsStringAsync());
        Assert.Equal("""{"key":"KEY","version":2,"created":false}""".Replace("KEY", key, StringComparison.Ordinal), await again.Content.ReadAsStringAsync());
        var latest = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/forms/{key}");
        Assert.Equal(2, latest.GetProperty("version").GetInt32());
        Assert.Equal("b", latest.GetProperty("schema").GetProperty("components")[0].GetProperty("key").GetString());
        var old = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/forms/{key}?version=1");
        Assert.Equal("a", old.GetProperty("schema").GetProperty("components")[0].GetProperty("key").GetString());
        var versions = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/forms/{key}/versions");
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal("admin1", versions[0].GetProperty("deployedBy").GetString());
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/admin/forms");
        Assert.Equal(2, list.EnumerateArray().Single(f => f.GetProperty("key").GetString() == key).GetProperty("version").GetInt32());
        await using var scope = factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<CaseServiceDbContext>();
        Assert.Equal(
            [$"form:{key}:1", $"form:{key}:2", $"form:{key}:2"],
            audit.AuditEntries.Where(e => e.Action == "form.deploy" && e.Target.StartsWith("form:" + key)).OrderBy(e => e.Id).Select(e => e.Target).ToList());
    }

    [Fact]
    public async Task PutForm_InvalidSchema_ListsEveryProblem_AndDeploysNothing()
    {
        // Given a schema with three problems
        var admin = await factory.ClientForAsync("admin1");
        var key = $"bad-{Guid.NewGuid():N}.form";
        var schema = JsonNode.Parse("""
            {"components":[
              {"type":"radio","key":"decision"},
              {"type":"textfield","key":"comment","validate":{"required":"=string length(comment) > 3"}},
              {"type":"textarea","key":"comment"}]}
            """);

        // When
        var response = await admin.PutAsJsonAsync($"/api/admin/forms/{key}", new { schema });

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(
            ["schema.components[0].values", "schema.components[1].validate.required", "schema.components[2].key"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(" / ", errors.GetProperty("schema.components[0].values")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/admin/forms/{key}")).StatusCode);
    }

    [Theory]
    [InlineData("no-suffix", """{"schema":{"components":[]}}""", "key")]
    [InlineData("ok.form", """{"schema":[1]}""", "schema")]
    [InlineData("ok.form", """{}""", "schema")]
    public async Task PutForm_BadKeyOrBody_IsRejected(string key, string body, string field)
    {
        var admin = await factory.ClientForAsync("admin1");
        var response = await admin.PutAsync($"/api/admin/forms/{key}", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task FormRoutes_AreForAdministratorsOnly()
    {
        var reviewer = await factory.ClientForAsync("reviewer1");
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/admin/forms")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PutAsJsonAsync("/api/admin/forms/x.form", new { schema = Schema("a") })).StatusCode);
    }

    [Fact]
    public async Task GetTask_IncludesTheFormVersionCurrentWhenTheTaskWasCreated()
    {
        // Given a form at version 1 and a task created then
        var admin = await factory.ClientForAsync("admin1");
        var key = $"pinned-{Guid.NewGuid():N}.form";
        await admin.PutAsJsonAsync($"/api/admin/forms/{key}", new { schema = Schema("first") });
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var (processKey, _) = await StartAsync(key);
        factory.Time.Advance(TimeSpan.FromMinutes(1));

        // When version 2 is deployed afterwards
        await admin.PutAsJsonAsync($"/api/admin/forms/{key}", new { schema = Schema("second") });
        var reviewer = await factory.ClientForAsync("reviewer1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer, processKey);
        var task = await reviewer.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}");

        // Then the task still shows version 1
        var form = task.GetProperty("form");
        Assert.Equal(key, form.GetProperty("key").GetString());
        Assert.Equal(1, form.GetProperty("version").GetInt32());
        Assert.Equal("first", form.GetProperty("schema").GetProperty("components")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task GetTask_FormIsNull_WhenTheTaskNamesNoForm()
    {
        var (processKey, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var reviewer = await factory.ClientForAsync("reviewer1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer, processKey);
        var task = await reviewer.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}");
        Assert.Equal(JsonValueKind.Null, task.GetProperty("form").ValueKind);
    }

    [Fact]
    public async Task CompleteTask_IsCheckedAgainstTheForm_EveryProblemKeyedByField()
    {
        // Given a task on the review form
        var (processKey, _) = await StartAsync(ReviewForm);
        var reviewer = await factory.ClientForAsync("reviewer1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer, processKey);

        // When a supplement request comes without comment and materials, with an unknown field
        var response = await reviewer.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { decision = "supplement", approvedBy = "me" });

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["approvedBy", "comment", "missingMaterials"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/api/tasks/{taskId}")).StatusCode);
        var task = await reviewer.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}");
        Assert.Equal("Created", task.GetProperty("task").GetProperty("status").GetString());
    }

    [Fact]
    public async Task CompleteTask_HiddenFieldsAreNotWritten()
    {
        // Given a task on the review form
        var (processKey, instanceId) = await StartAsync(ReviewForm);
        var reviewer = await factory.ClientForAsync("reviewer1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer, processKey);

        // When it is rejected with materials listed although the materials field is hidden for a rejection
        var response = await reviewer.PostAsJsonAsync($"/api/tasks/{taskId}/complete",
            new { decision = "reject", comment = "不符合参保条件", missingMaterials = new[] { "IdCardFront" } });

        // Then it completes, and the hidden value did not become a variable
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var admin = await factory.ClientForAsync("admin1");
        var instance = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances/{instanceId}");
        var variables = instance.GetProperty("variables");
        Assert.Equal("reject", variables.GetProperty("decision").GetString());
        Assert.False(variables.TryGetProperty("missingMaterials", out _));
    }

    [Fact]
    public async Task CompleteTask_WithOnlyAnApproval_IsAccepted_ByTheForm()
    {
        var (processKey, _) = await StartAsync(ReviewForm);
        var reviewer = await factory.ClientForAsync("reviewer1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer, processKey);
        var response = await reviewer.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { decision = "approve" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<(string ProcessKey, Guid InstanceId)> StartAsync(string formKey)
    {
        var admin = await factory.ClientForAsync("admin1");
        var key = "form" + Guid.NewGuid().ToString("N")[..8];
        var xml = Bpmn.ReviewProcess(key, "reviewers-65").Replace("camunda:dueDate=", $"camunda:formKey=\"{formKey}\" camunda:dueDate=", StringComparison.Ordinal);
        var deployed = await admin.PostAsync("/api/admin/definitions?publish=true", new StringContent(xml, Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        var started = await admin.PostAsJsonAsync("/api/admin/instances", new { processKey = key, businessKey = "case-" + key });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (key, (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private static JsonNode Schema(string key) =>
        JsonNode.Parse($$"""{"type":"default","components":[{"type":"textfield","key":"{{key}}","label":"{{key}}"}]}""")!;

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "workflows-definitions")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Expected the repository root above the test binaries, but found none.");
    }
}
