using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Admin;

/// <summary>The decision routes: deploy, versions, publish, diff and standalone evaluation, as an administrator uses them.</summary>
public sealed class DecisionAdminTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static string Table(string key, string hitPolicy, string group6501) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="{key}Definitions" name="Routing" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="{key}" name="审核分派 Review routing">
            <decisionTable id="{key}Table" hitPolicy="{hitPolicy}">
              <input id="region" label="Region"><inputExpression id="regionExpression" typeRef="string"><text>regionCode</text></inputExpression></input>
              <output id="group" label="Review group" name="reviewGroup" typeRef="string" />
              <rule id="urumqi"><inputEntry id="urumqiRegion"><text>"6501"</text></inputEntry><outputEntry id="urumqiGroup"><text>"{group6501}"</text></outputEntry></rule>
              <rule id="elsewhere"><inputEntry id="elsewhereRegion"><text>-</text></inputEntry><outputEntry id="elsewhereGroup"><text>"reviewers-65"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """;

    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");

    private static string NewKey() => "routing" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task DeployDecision_CreatesVersions_PublishesAndAudits_AndAnUnchangedFileCreatesNothing()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var key = NewKey();

        // When
        var v1 = await admin.PostAsync("/api/admin/decisions?publish=true", Xml(Table(key, "FIRST", "reviewers-6501")));
        var again = await admin.PostAsync("/api/admin/decisions?publish=true", Xml(Table(key, "FIRST", "reviewers-6501")));
        var v2 = await admin.PostAsync("/api/admin/decisions", Xml(Table(key, "FIRST", "reviewers-6501-fast")));

        // Then
        Assert.Equal(HttpStatusCode.Created, v1.StatusCode);
        Assert.False((await again.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("created").GetBoolean());
        Assert.Equal(2, (await v2.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("version").GetInt32());
        var summary = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/decisions")).EnumerateArray().Single(d => d.GetProperty("key").GetString() == key);
        Assert.Equal((2, 1), (summary.GetProperty("latestVersion").GetInt32(), summary.GetProperty("publishedVersion").GetInt32()));
        Assert.Contains("\"reviewers-6501\"", await admin.GetStringAsync($"/api/admin/decisions/{key}"));

        // When version 2 is published
        var publish = await admin.PostAsync($"/api/admin/decisions/{key}/versions/2/publish", null);

        // Then
        Assert.Equal(HttpStatusCode.NoContent, publish.StatusCode);
        var versions = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/decisions/{key}/versions");
        Assert.Equal([true, false], versions.EnumerateArray().Select(v => v.GetProperty("isPublished").GetBoolean()));
        Assert.Contains("reviewers-6501-fast", await admin.GetStringAsync($"/api/admin/decisions/{key}"));
        Assert.Contains("\"reviewers-6501\"", await admin.GetStringAsync($"/api/admin/decisions/{key}/versions/1"));
        Assert.Equal(3, (await AuditRows.OfAsync(factory, "decision.deploy")).Count(e => e.Target.StartsWith($"decision:{key}:", StringComparison.Ordinal)));
        Assert.Single(await AuditRows.OfAsync(factory, "decision.publish"), e => e.Target == $"decision:{key}:2");
    }

    [Fact]
    public async Task DeployDecision_Returns400WithElementIds_AndDeploysNothing_WhenATableIsInvalid()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var key = NewKey();
        var broken = Table(key, "FIRST", "reviewers-6501").Replace("<text>\"6501\"</text>", "<text>? &gt; 1</text>");

        // When
        var response = await admin.PostAsync("/api/admin/decisions", Xml(broken));
        var notXml = await admin.PostAsJsonAsync("/api/admin/decisions", new { xml = "<x/>" });

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var issue = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issues")[0];
        Assert.Equal(("urumqi", "invalid-feel"), (issue.GetProperty("elementId").GetString(), issue.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notXml.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/admin/decisions/{key}/versions")).StatusCode);
    }

    [Fact]
    public async Task EvaluateDecision_GivesTheResultAndTheMatchedRules()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var key = NewKey();
        await admin.PostAsync("/api/admin/decisions?publish=true", Xml(Table(key, "FIRST", "reviewers-6501")));

        // When
        var response = await admin.PostAsJsonAsync($"/api/admin/decisions/{key}/evaluate", new { variables = new { regionCode = "6501" } });

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.Equal(["urumqi"], body.GetProperty("matchedRules").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("[{\"reviewGroup\":\"reviewers-6501\"}]", body.GetProperty("result").GetRawText().Replace(" ", "").Replace("\n", "").Replace("\r", ""));
        Assert.Single(await AuditRows.OfAsync(factory, "decision.evaluate"), e => e.Target == $"decision:{key}:1");
    }

    [Fact]
    public async Task EvaluateDecision_Returns422WithTheRule_WhenAUniqueTableHasTwoHits()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var key = NewKey();
        await admin.PostAsync("/api/admin/decisions?publish=true", Xml(Table(key, "UNIQUE", "reviewers-6501")));

        // When
        var response = await admin.PostAsJsonAsync($"/api/admin/decisions/{key}/evaluate", new { variables = new { regionCode = "6501" } });

        // Then
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Equal($"Expected at most one matching rule, but 2 rules match (urumqi, elsewhere) for hit policy UNIQUE of decision '{key}'", detail);
    }

    [Theory]
    [InlineData("{}", "variables")]
    [InlineData("{\"variables\": [1, 2]}", null)]
    [InlineData("{\"variables\": {}, \"version\": 0}", "version")]
    public async Task EvaluateDecision_Returns400_WhenTheBodyIsNotVariables(string body, string? field)
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var key = NewKey();
        await admin.PostAsync("/api/admin/decisions?publish=true", Xml(Table(key, "FIRST", "reviewers-6501")));

        // When
        var response = await admin.PostAsync($"/api/admin/decisions/{key}/evaluate", new StringContent(body, Encoding.UTF8, "application/json"));

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        if (field is not null)
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task EvaluateDecision_Returns422_WhenAVariableHasTheWrongType_And404_ForAnUnknownDecision()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var key = NewKey();
        await admin.PostAsync("/api/admin/decisions?publish=true", Xml(Table(key, "FIRST", "reviewers-6501")));

        // When
        var wrongType = await admin.PostAsJsonAsync($"/api/admin/decisions/{key}/evaluate", new { variables = new { regionCode = 6501 } });
        var unknown = await admin.PostAsJsonAsync("/api/admin/decisions/nothing/evaluate", new { variables = new { } });
        var unknownVersion = await admin.PostAsJsonAsync($"/api/admin/decisions/{key}/evaluate", new { variables = new { }, version = 9 });

        // Then
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongType.StatusCode);
        Assert.Contains("to be of type string, but found the number 6501", (await wrongType.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownVersion.StatusCode);
    }

    [Fact]
    public async Task DiffDecisionVersions_NamesTheChangedCell()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var key = NewKey();
        await admin.PostAsync("/api/admin/decisions", Xml(Table(key, "FIRST", "reviewers-6501")));
        await admin.PostAsync("/api/admin/decisions", Xml(Table(key, "UNIQUE", "reviewers-6501-fast")));

        // When
        var diff = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/decisions/{key}/diff?from=1&to=2");
        var missing = await admin.GetAsync($"/api/admin/decisions/{key}/diff?from=1");

        // Then
        Assert.Equal("UNIQUE", diff.GetProperty("hitPolicy").GetProperty("to").GetString());
        var rule = Assert.Single(diff.GetProperty("rules").EnumerateArray());
        Assert.Equal(("urumqi", "changed"), (rule.GetProperty("id").GetString(), rule.GetProperty("kind").GetString()));
        var cell = Assert.Single(rule.GetProperty("cells").EnumerateArray());
        Assert.Equal(("group", "\"reviewers-6501\"", "\"reviewers-6501-fast\""),
            (cell.GetProperty("column").GetString(), cell.GetProperty("from").GetString(), cell.GetProperty("to").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task DecisionRoutes_AreForAdministratorsOnly()
    {
        // Given
        var reviewer = await factory.ClientForAsync("reviewer1");

        // When
        var list = await reviewer.GetAsync("/api/admin/decisions");
        var deploy = await reviewer.PostAsync("/api/admin/decisions", Xml(Table(NewKey(), "FIRST", "x")));

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, deploy.StatusCode);
    }
}
