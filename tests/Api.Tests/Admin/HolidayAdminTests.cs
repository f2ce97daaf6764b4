using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Admin;

/// <summary>The holiday calendar's admin and reference routes. Tests here write 2027 on; 2025 and 2026 stay as seeded.</summary>
public sealed class HolidayAdminTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task GetHolidays_ShowsTheSeededStateCouncilSchedule_ToAdministratorsAndEveryone()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var anonymous = factory.CreateClient();

        // When
        var adminView = await admin.GetFromJsonAsync<JsonElement>("/api/admin/holidays/2025");
        var publicView = await anonymous.GetFromJsonAsync<JsonElement>("/api/reference/holidays/2026");

        // Then
        Assert.True(adminView.GetProperty("entered").GetBoolean());
        Assert.Contains("国务院办公厅关于2025年部分节假日安排的通知", adminView.GetProperty("source").GetString());
        var holidays = adminView.GetProperty("holidays").EnumerateArray().ToList();
        Assert.Equal("元旦", holidays[0].GetProperty("name").GetString());
        Assert.Equal("2025-01-01", holidays[0].GetProperty("date").GetString());
        Assert.Contains(holidays, h => h.GetProperty("date").GetString() == "2025-10-08");
        Assert.Equal(["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
            adminView.GetProperty("makeUpWorkingDays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
            publicView.GetProperty("makeUpWorkingDays").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task GetHolidays_SaysNotEntered_ForAYearWithoutASchedule()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");

        // When
        var view = await admin.GetFromJsonAsync<JsonElement>("/api/admin/holidays/2035");

        // Then
        Assert.False(view.GetProperty("entered").GetBoolean());
        Assert.Equal(0, view.GetProperty("holidays").GetArrayLength());
    }

    [Fact]
    public async Task SaveHolidays_ReplacesTheYear_AndAuditsBeforeAndAfter()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var first = new
        {
            holidays = new[] { new { date = "2027-01-01", name = "元旦" } },
            makeUpWorkingDays = new[] { "2027-01-02" },
            source = "国务院办公厅关于2027年部分节假日安排的通知",
        };

        // When the second save turns the make-up Saturday into a holiday and leaves the source out
        var saved = await admin.PutAsJsonAsync("/api/admin/holidays/2027", first);
        var replaced = await admin.PutAsJsonAsync("/api/admin/holidays/2027", new
        {
            holidays = new[] { new { date = "2027-01-01", name = "元旦" }, new { date = "2027-01-02", name = "元旦" } },
            makeUpWorkingDays = Array.Empty<string>(),
        });
        var view = await admin.GetFromJsonAsync<JsonElement>("/api/admin/holidays/2027");

        // Then
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(2, view.GetProperty("holidays").GetArrayLength());
        Assert.Equal(0, view.GetProperty("makeUpWorkingDays").GetArrayLength());
        Assert.Equal("国务院办公厅关于2027年部分节假日安排的通知", view.GetProperty("source").GetString());
        var entries = (await AuditRows.OfAsync(factory, "holidays.replace")).Where(e => e.Target == "holidays:2027").ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal("admin1", e.Actor));
        var details = JsonNode.Parse(entries[1].Details!)!;
        Assert.Equal("2027-01-02", details["before"]!["makeUpWorkingDays"]![0]!.GetValue<string>());
        Assert.Equal(2, details["after"]!["holidays"]!.AsArray().Count);
    }

    public static TheoryData<string, string> InvalidSchedules => new()
    {
        { "holidays", """{"holidays":[{"date":"2028-12-31","name":"跨年"}],"makeUpWorkingDays":[]}""" },
        { "makeUpWorkingDays", """{"holidays":[],"makeUpWorkingDays":["2028-01-01"]}""" },
        { "holidays[0].date", """{"holidays":[{"date":"2029-13-01","name":"元旦"}],"makeUpWorkingDays":[]}""" },
        { "makeUpWorkingDays[0]", """{"holidays":[],"makeUpWorkingDays":["1/6/2029"]}""" },
        { "holidays", """{"holidays":[{"date":"2029-01-01","name":"元旦"},{"date":"2029-01-01","name":"元旦"}],"makeUpWorkingDays":[]}""" },
        { "makeUpWorkingDays", """{"holidays":[],"makeUpWorkingDays":["2029-01-06","2029-01-06"]}""" },
        { "makeUpWorkingDays", """{"holidays":[{"date":"2029-01-06","name":"元旦"}],"makeUpWorkingDays":["2029-01-06"]}""" },
        { "makeUpWorkingDays", """{"holidays":[],"makeUpWorkingDays":["2029-01-03"]}""" },
        { "holidays", """{"holidays":[{"date":"2029-01-01","name":""}],"makeUpWorkingDays":[]}""" },
        { "holidays", """{"makeUpWorkingDays":[]}""" },
        { "makeUpWorkingDays", """{"holidays":[]}""" },
    };

    [Theory]
    [MemberData(nameof(InvalidSchedules))]
    public async Task SaveHolidays_Returns400OnTheField_AndChangesNothing(string expectedField, string json)
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");

        // When
        var response = await admin.PutAsync("/api/admin/holidays/2029", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(expectedField, out var messages), errors.ToString());
        Assert.DoesNotContain(" / ", messages[0].GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", messages[0].GetString());
        Assert.False((await admin.GetFromJsonAsync<JsonElement>("/api/admin/holidays/2029")).GetProperty("entered").GetBoolean());
    }

    [Fact]
    public async Task SaveHolidays_Returns400_WhenTheYearIsOutOfRange()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");

        // When
        var put = await admin.PutAsJsonAsync("/api/admin/holidays/2101", new { holidays = Array.Empty<object>(), makeUpWorkingDays = Array.Empty<string>() });
        var get = await factory.CreateClient().GetAsync("/api/reference/holidays/1999");

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
    }
}
