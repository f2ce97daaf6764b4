using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Jobs;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Tests.Migrations;

public sealed class MigrationApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly object[] RenameMapping =
    [
        new { source = "start", target = "start" },
        new { source = "review", target = "reviewApplication" },
        new { source = "end", target = "end" },
    ];

    [Fact]
    public async Task DryRun_WithTheGeneratedMapping_ReportsTheRenamedTaskAsUnmapped_AndEachInstanceAsBlocked()
    {
        // Given
        var (admin, key, instances) = await TwoVersionsAsync(2);

        // When
        var response = await admin.PostAsJsonAsync("/api/admin/migrations", new { processKey = key, sourceVersion = 1, targetVersion = 2, mapping = (object?)null, dryRun = true });

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["start", "end"], report.GetProperty("mapping").EnumerateArray().Select(m => m.GetProperty("source").GetString()));
        Assert.All(report.GetProperty("mapping").EnumerateArray(), m => Assert.True(m.GetProperty("generated").GetBoolean()));
        Assert.Equal(["review"], report.GetProperty("unmappedSource").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(["reviewApplication", "archive"], report.GetProperty("unmappedTarget").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        var problem = Assert.Single(report.GetProperty("planProblems").EnumerateArray());
        Assert.Equal(("migration.unmappedWaitState", "review"), (problem.GetProperty("code").GetString(), problem.GetProperty("elementId").GetString()));
        Assert.Contains("Review", problem.GetProperty("message").GetString());
        Assert.Equal(instances.Select(i => i.ToString()).Order(), report.GetProperty("instances").EnumerateArray().Select(i => i.GetProperty("instanceId").GetString()).Order());
        Assert.All(report.GetProperty("instances").EnumerateArray(), i =>
        {
            Assert.False(i.GetProperty("canMigrate").GetBoolean());
            Assert.Equal(["review"], i.GetProperty("activeElements").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal("migration.noCounterpart", i.GetProperty("problems")[0].GetProperty("code").GetString());
        });
        Assert.Equal((2, 0, 2), Summary(report));
    }

    [Fact]
    public async Task DryRun_WithAFixedMapping_ReportsEveryInstanceMigratable_InTheRequestsLanguage()
    {
        // Given
        var (admin, key, _) = await TwoVersionsAsync(2);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/migrations")
        {
            Content = JsonContent.Create(new { processKey = key, sourceVersion = 1, targetVersion = 2, mapping = RenameMapping, dryRun = true }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");

        // When
        var response = await admin.SendAsync(request);

        // Then
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(report.GetProperty("planProblems").EnumerateArray());
        var line = report.GetProperty("mapping").EnumerateArray().Single(m => m.GetProperty("source").GetString() == "review");
        Assert.Equal(("reviewApplication", "Review application", "userTask", false),
            (line.GetProperty("target").GetString(), line.GetProperty("targetName").GetString(), line.GetProperty("targetKind").GetString(), line.GetProperty("generated").GetBoolean()));
        Assert.Equal((2, 2, 0), Summary(report));
    }

    [Fact]
    public async Task Run_MigratesEveryInstanceInTheJob_AndTheBatchShowsItsProgress()
    {
        // Given
        var (admin, key, instances) = await TwoVersionsAsync(2);

        // When
        var response = await admin.PostAsJsonAsync("/api/admin/migrations", new { processKey = key, sourceVersion = 1, targetVersion = 2, mapping = RenameMapping, dryRun = false });
        var queued = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = queued.GetProperty("id").GetGuid();
        await RunJobAsync(id);

        // Then
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/api/admin/migrations/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(("queued", 2, 0, "admin1"), (queued.GetProperty("status").GetString(), queued.GetProperty("total").GetInt32(), queued.GetProperty("migrated").GetInt32(), queued.GetProperty("createdBy").GetString()));
        var batch = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/migrations/{id}");
        Assert.Equal(("completed", 2, 0, 0), (batch.GetProperty("status").GetString(), batch.GetProperty("migrated").GetInt32(), batch.GetProperty("failed").GetInt32(), batch.GetProperty("skipped").GetInt32()));
        Assert.All(batch.GetProperty("items").EnumerateArray(), i => Assert.Equal("migrated", i.GetProperty("outcome").GetString()));
        var queries = factory.Services.GetRequiredService<IWorkflowQueries>();
        foreach (var instance in instances)
        {
            Assert.Equal(2, (await queries.InstanceAsync(instance))!.ProcessVersion);
            var task = Assert.Single((await queries.TasksAsync(new TaskQuery { InstanceId = instance })).Items);
            Assert.Equal(("reviewApplication", "Review application"), (task.ElementId, task.Name));
        }

        var list = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/migrations?processKey={key}");
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task RerunningABatch_MigratesNothingTwice()
    {
        // Given
        var (admin, key, instances) = await TwoVersionsAsync(1);
        var response = await admin.PostAsJsonAsync("/api/admin/migrations", new { processKey = key, sourceVersion = 1, targetVersion = 2, mapping = RenameMapping, dryRun = false });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await RunJobAsync(id);

        // When
        await RunJobAsync(id);
        var second = await admin.PostAsJsonAsync("/api/admin/migrations", new { processKey = key, sourceVersion = 1, targetVersion = 2, mapping = RenameMapping, dryRun = false });
        var secondId = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await RunJobAsync(secondId);

        // Then
        var batch = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/migrations/{id}");
        Assert.Equal((1, 0), (batch.GetProperty("migrated").GetInt32(), batch.GetProperty("failed").GetInt32()));
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/migrations/{secondId}")).GetProperty("total").GetInt32());
        var journal = await factory.Services.GetRequiredService<IWorkflowQueries>().JournalAsync(instances[0]);
        Assert.Single(journal, e => e.Event == "Migrated");
        var list = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/migrations?processKey={key}");
        Assert.Equal([secondId, id], list.EnumerateArray().Select(b => b.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Run_WithAnInvalidPlan_Is400WithThePlansProblems_AndCreatesNoBatch()
    {
        // Given
        var (admin, key, _) = await TwoVersionsAsync(1);

        // When
        var response = await admin.PostAsJsonAsync("/api/admin/migrations", new { processKey = key, sourceVersion = 1, targetVersion = 2, mapping = (object?)null, dryRun = false });

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("migration.unmappedWaitState", problem.GetProperty("planProblems")[0].GetProperty("code").GetString());
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>($"/api/admin/migrations?processKey={key}")).EnumerateArray());
    }

    [Fact]
    public async Task BadRequests_AreProblems_WithCodesAndFields()
    {
        // Given
        var (admin, key, _) = await TwoVersionsAsync(0);

        // When
        var unknownVersion = await admin.PostAsJsonAsync("/api/admin/migrations", new { processKey = key, sourceVersion = 1, targetVersion = 9, dryRun = true });
        var unknownProcess = await admin.PostAsJsonAsync("/api/admin/migrations", new { processKey = "nope", sourceVersion = 1, targetVersion = 2, dryRun = true });
        var sameVersion = await admin.PostAsJsonAsync("/api/admin/migrations", new { processKey = key, sourceVersion = 2, targetVersion = 2, dryRun = true });
        var badIds = await admin.PostAsJsonAsync("/api/admin/migrations", new
        {
            processKey = key, sourceVersion = 1, targetVersion = 2, dryRun = true,
            mapping = new[] { new { source = "nothing", target = "reviewApplication" }, new { source = "review", target = "missing" } },
        });
        var unknownBatch = await admin.GetAsync($"/api/admin/migrations/{Guid.NewGuid()}");

        // Then
        Assert.Equal(HttpStatusCode.NotFound, unknownVersion.StatusCode);
        Assert.Equal("process.versionNotFound", (await unknownVersion.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknownProcess.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, sameVersion.StatusCode);
        Assert.True((await sameVersion.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("targetVersion", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badIds.StatusCode);
        var errors = (await badIds.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("mapping[0].source", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("mapping[1].target", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.NotFound, unknownBatch.StatusCode);
    }

    [Theory]
    [InlineData("reviewer1")]
    [InlineData("applicant1")]
    public async Task Migrations_AreRefused_ToNonAdministrators(string user)
    {
        // Given
        var (_, key, _) = await TwoVersionsAsync(0);
        var client = await factory.ClientForAsync(user);

        // When
        var start = await client.PostAsJsonAsync("/api/admin/migrations", new { processKey = key, sourceVersion = 1, targetVersion = 2, dryRun = true });
        var list = await client.GetAsync("/api/admin/migrations");

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }

    /// <summary>v1 is the review process; <paramref name="instances"/> start on it; v2 renames the task and adds one after it.</summary>
    private async Task<(HttpClient Admin, string Key, Guid[] Instances)> TwoVersionsAsync(int instances)
    {
        var admin = await factory.ClientForAsync("admin1");
        var key = "migrate" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.Created, (await DeployAsync(admin, Bpmn.ReviewProcess(key, "reviewers-65"))).StatusCode);
        var ids = new List<Guid>();
        for (var i = 0; i < instances; i++)
        {
            var started = await admin.PostAsJsonAsync("/api/admin/instances", new { processKey = key, businessKey = $"case-{key}-{i}" });
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);
            ids.Add((await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        var v2 = Bpmn.ReviewProcess(key, "reviewers-65")
            .Replace("""<bpmn:userTask id="review" name="Review" """, """<bpmn:userTask id="reviewApplication" name="Review application" """, StringComparison.Ordinal)
            .Replace("""targetRef="review" """, """targetRef="reviewApplication" """, StringComparison.Ordinal)
            .Replace("""<bpmn:sequenceFlow id="toEnd" sourceRef="review" targetRef="end" />""",
                """<bpmn:sequenceFlow id="toArchive" sourceRef="reviewApplication" targetRef="archive" /><bpmn:userTask id="archive" name="Archive" camunda:candidateGroups="reviewers-65" /><bpmn:sequenceFlow id="toEnd" sourceRef="archive" targetRef="end" />""",
                StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await DeployAsync(admin, v2)).StatusCode);
        return (admin, key, ids.ToArray());
    }

    private static Task<HttpResponseMessage> DeployAsync(HttpClient admin, string xml) =>
        admin.PostAsync("/api/admin/definitions?publish=true", new StringContent(xml, Encoding.UTF8, "application/xml"));

    private async Task RunJobAsync(Guid batchId)
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<MigrationBatchJob>().RunAsync(batchId, CancellationToken.None);
    }

    private static (int Total, int Migratable, int Blocked) Summary(JsonElement report)
    {
        var summary = report.GetProperty("summary");
        return (summary.GetProperty("total").GetInt32(), summary.GetProperty("migratable").GetInt32(), summary.GetProperty("blocked").GetInt32());
    }
}
