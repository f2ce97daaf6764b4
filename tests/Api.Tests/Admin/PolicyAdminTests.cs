using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Admin;

/// <summary>The policy table's admin routes. Tests here write years from 2030 on, so the seed and the current year stay as shipped.</summary>
public sealed class PolicyAdminTests(ClockedApiFactory factory) : IClassFixture<ClockedApiFactory>
{
    [Fact]
    public async Task ListPolicy_ShowsTheSeedWithItsSource_AndWarnsThatTheCurrentYearHasNoRow()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");

        // When
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/admin/policy");

        // Then
        var seed = list.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2021);
        Assert.Equal(19593m, seed.GetProperty("baseUpperLimit").GetDecimal());
        Assert.Contains("Urumqi 2021", seed.GetProperty("source").GetString());
        Assert.Equal("seed", seed.GetProperty("updatedBy").GetString());
        Assert.Equal(2026, list.GetProperty("currentYear").GetInt32());
        Assert.Equal("Policy.Fallback", list.GetProperty("warningCode").GetString());
        Assert.Contains("2026", list.GetProperty("warningZh").GetString());
    }

    [Fact]
    public async Task SavePolicy_CreatesThenReplaces_AndAuditsBeforeAndAfter()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");

        // When
        var created = await admin.PutAsJsonAsync("/api/admin/policy/2031", PolicyBody.Valid());
        var replaced = await admin.PutAsJsonAsync("/api/admin/policy/2031", PolicyBody.Valid(upper: 18000m));
        var read = await admin.GetFromJsonAsync<JsonElement>("/api/admin/policy/2031");

        // Then
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(18000m, read.GetProperty("baseUpperLimit").GetDecimal());
        Assert.Equal("admin1", read.GetProperty("updatedBy").GetString());
        var create = Assert.Single(await AuditRows.OfAsync(factory, "policy.create"), e => e.Target == "policy:2031");
        var replace = Assert.Single(await AuditRows.OfAsync(factory, "policy.replace"), e => e.Target == "policy:2031");
        Assert.Equal("admin1", create.Actor);
        var details = JsonNode.Parse(replace.Details!)!;
        Assert.Equal(19593m, details["before"]!["baseUpperLimit"]!.GetValue<decimal>());
        Assert.Equal(18000m, details["after"]!["baseUpperLimit"]!.GetValue<decimal>());
    }

    public static TheoryData<string, string, string> InvalidFields => new()
    {
        { "averageMonthlyWage", "averageMonthlyWage", "0" },
        { "averageMonthlyWage", "averageMonthlyWage", "6531.001" },
        { "baseLowerLimit", "baseLowerLimit", "null" },
        { "baseUpperLimit", "baseLowerLimit", "20000" },
        { "baseUpperLimit", "baseUpperLimit", "3681" },
        { "rate", "rate", "1.5" },
        { "rate", "rate", "null" },
        { "pooledRate", "pooledRate", "0.10" },
        { "deductionDay", "deductionDay", "29" },
        { "deductionDay", "deductionDay", "0" },
        { "grades", "grades", "[1.0, 0.8]" },
        { "grades", "grades", "[0.6, -0.1]" },
        { "gradeMode", "gradeMode", "\"Sometimes\"" },
        { "reminderOffsetsDays", "reminderOffsetsDays", "[-1]" },
        { "femaleFlexibleWorkerOriginalRetirementAge", "femaleFlexibleWorkerOriginalRetirementAge", "52" },
        { "source", "source", "\"  \"" },
        { "confidence", "confidence", "\"Certain\"" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task SavePolicy_Returns400OnTheField_AndChangesNothing(string expectedField, string property, string json)
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var body = PolicyBody.Valid();
        body[property] = JsonNode.Parse(json);

        // When
        var response = await admin.PutAsJsonAsync("/api/admin/policy/2040", body);

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(expectedField, out var messages), errors.ToString());
        Assert.DoesNotContain(" / ", messages[0].GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", messages[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/admin/policy/2040")).StatusCode);
    }

    [Fact]
    public async Task SavePolicy_ReportsEveryProblemAtOnce_WhenFixedGradesFallOutsideTheLimits()
    {
        // Given a Fixed row whose 50% grade (3,266) is below the lower limit, a split that does not add up and day 31
        var admin = await factory.ClientForAsync("admin1");
        var body = PolicyBody.Valid();
        body["gradeMode"] = "Fixed";
        body["grades"] = new JsonArray(0.5m, 1m);
        body["pooledRate"] = 0.10m;
        body["deductionDay"] = 31;

        // When
        var response = await admin.PutAsJsonAsync("/api/admin/policy/2041", body);

        // Then
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["deductionDay", "grades", "pooledRate"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains("3266", errors.GetProperty("grades")[0].GetString());
    }

    [Fact]
    public async Task SavePolicy_Returns400_WhenTheYearIsOutOfRange()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");

        // When
        var response = await admin.PutAsJsonAsync("/api/admin/policy/1999", PolicyBody.Valid());

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("year", out _));
    }

    [Fact]
    public async Task DeletePolicy_RemovesTheRow_AndAudits_But404sForAMissingYear()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutAsJsonAsync("/api/admin/policy/2032", PolicyBody.Valid())).StatusCode);

        // When
        var deleted = await admin.DeleteAsync("/api/admin/policy/2032");
        var missing = await admin.DeleteAsync("/api/admin/policy/2033");

        // Then
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/admin/policy/2032")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var entry = Assert.Single(await AuditRows.OfAsync(factory, "policy.delete"));
        Assert.Equal("policy:2032", entry.Target);
        Assert.Contains("19593", entry.Details);
    }

    [Fact]
    public async Task GetPolicyYear_Returns404_InsteadOfFallingBack()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");

        // When
        var response = await admin.GetAsync("/api/admin/policy/2099");

        // Then
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
