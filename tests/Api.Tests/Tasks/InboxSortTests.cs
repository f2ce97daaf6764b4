using System.Net.Http.Json;
using System.Text.Json;
using static SocialInsurance.Api.Tests.Tasks.TwoCasesApiFactory;

namespace SocialInsurance.Api.Tests.Tasks;

/// <summary>
/// The inbox sorted by the case behind each task (case number, applicant) and by region, paged on the server:
/// 张伟's case (6501) was created before 李娜's (6502); in pinyin 李 (Li) comes before 张 (Zhang), in code points after.
/// </summary>
public sealed class InboxSortTests(TwoCasesApiFactory factory) : IClassFixture<TwoCasesApiFactory>
{
    [Fact]
    public async Task ListTasks_SortsByCaseNumber_InEitherDirection()
    {
        // Given
        var (zhang, _, li) = await factory.CasesAsync();
        var reviewer1 = await factory.ClientForAsync("reviewer1");

        // When
        var ascending = await ListAsync(reviewer1, "sort=case");
        var descending = await ListAsync(reviewer1, "sort=case&order=desc");

        // Then
        Assert.Equal([Key(zhang), Key(li)], Of(ascending, zhang, li));
        Assert.Equal([Key(li), Key(zhang)], Of(descending, zhang, li));
    }

    [Fact]
    public async Task ListTasks_SortsByApplicant_InPinyinOrder()
    {
        // Given
        var (zhang, _, li) = await factory.CasesAsync();
        var reviewer1 = await factory.ClientForAsync("reviewer1");

        // When
        var ascending = await ListAsync(reviewer1, "sort=applicant");
        var descending = await ListAsync(reviewer1, "sort=applicant&order=desc");

        // Then
        Assert.Equal([Key(li), Key(zhang)], Of(ascending, zhang, li));
        Assert.Equal([Key(zhang), Key(li)], Of(descending, zhang, li));
    }

    [Fact]
    public async Task ListTasks_SortsByRegion_OnTheMostSpecificReviewerGroup()
    {
        // Given both cases are offered to reviewers-65 too, which would tie them if it counted
        var (zhang, _, li) = await factory.CasesAsync();
        var reviewer1 = await factory.ClientForAsync("reviewer1");

        // When
        var ascending = await ListAsync(reviewer1, "sort=region");
        var descending = await ListAsync(reviewer1, "sort=region&order=desc");

        // Then
        Assert.Equal([Key(zhang), Key(li)], Of(ascending, zhang, li));
        Assert.Equal([Key(li), Key(zhang)], Of(descending, zhang, li));
    }

    [Fact]
    public async Task SearchTasks_PagesTheApplicantOrder_OnTheServer()
    {
        // Given
        var (zhang, _, li) = await factory.CasesAsync();
        var reviewer1 = await factory.ClientForAsync("reviewer1");

        // When
        var first = await SearchAsync(reviewer1, "/api/tasks/search", new { scope = "available", sort = "applicant", page = 1, pageSize = 1 });
        var second = await SearchAsync(reviewer1, "/api/tasks/search", new { scope = "available", sort = "applicant", page = 2, pageSize = 1 });

        // Then
        Assert.Equal([Key(li)], BusinessKeys(first));
        Assert.Equal([Key(zhang)], BusinessKeys(second));
        Assert.Equal(2, second.GetProperty("total").GetInt32());
        Assert.Equal("张伟", second.GetProperty("items")[0].GetProperty("case").GetProperty("applicantName").GetString());
    }

    private static string Key(Guid id) => id.ToString("D");

    private static async Task<JsonElement> ListAsync(HttpClient client, string query) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=available&pageSize=100&{query}");

    /// <summary>The two cases' keys in the order the page lists them.</summary>
    private static IReadOnlyList<string> Of(JsonElement page, params Guid[] cases) =>
        [.. BusinessKeys(page).Where(k => cases.Any(c => Key(c) == k))];
}
