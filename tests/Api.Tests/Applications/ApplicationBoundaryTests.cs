using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SocialInsurance.Api.Tests.Applications;

public sealed class ApplicationBoundaryTests(StoryApiFactory factory) : IClassFixture<StoryApiFactory>
{
    [Fact]
    public async Task GetApplication_Returns404_ForAnotherApplicantsCase()
    {
        // Given
        var id = await Applicant.CreateAsync(await factory.ClientForAsync("applicant1"), Applicant.NewEnrollment());
        var applicant2 = await factory.ClientForAsync("applicant2");

        // When
        var response = await applicant2.GetAsync($"/api/applications/{id}");

        // Then
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DownloadMaterial_Returns404_ForAnotherApplicant()
    {
        // Given
        var applicant1 = await factory.ClientForAsync("applicant1");
        var id = await Applicant.CreateAsync(applicant1, Applicant.NewEnrollment());
        var materialId = await Applicant.UploadAllAsync(applicant1, id);

        // When
        var own = await applicant1.GetAsync($"/api/applications/{id}/materials/{materialId}");
        var other = await (await factory.ClientForAsync("applicant2")).GetAsync($"/api/applications/{id}/materials/{materialId}");

        // Then
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("image/jpeg", own.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task DownloadMaterial_AllowsRegionalReviewer_OnlyForTheirRegion()
    {
        // Given two cases of applicant1, each submitted in turn (staff see files of submitted cases only, and a person
        // has one open 新参保 at a time), and a reviewer of Urumqi only
        var applicant1 = await factory.ClientForAsync("applicant1");
        var reviewer2 = await factory.ClientForAsync("reviewer2");
        var urumqi = await Applicant.CreateAsync(applicant1, Applicant.NewEnrollment(region: "6501"));
        var karamay = await Applicant.CreateAsync(applicant1, Applicant.NewEnrollment(region: "6502"));
        var inRegion = await Applicant.UploadAllAsync(applicant1, urumqi);
        var outOfRegion = await Applicant.UploadAllAsync(applicant1, karamay);

        // When
        await Applicant.SubmitAsync(applicant1, urumqi);
        var allowed = await reviewer2.GetAsync($"/api/applications/{urumqi}/materials/{inRegion}");
        await applicant1.PostAsync($"/api/applications/{urumqi}/withdraw", null);
        await Applicant.SubmitAsync(applicant1, karamay);
        var refused = await reviewer2.GetAsync($"/api/applications/{karamay}/materials/{outOfRegion}");
        await applicant1.PostAsync($"/api/applications/{karamay}/withdraw", null);

        // Then
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task CreateApplication_IsForbidden_ForReviewers()
    {
        // Given
        var reviewer = await factory.ClientForAsync("reviewer1");

        // When
        var response = await reviewer.PostAsJsonAsync("/api/applications", Applicant.NewEnrollment());

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Withdraw_CancelsTheProcess_WhileUnderReview()
    {
        // Given
        var applicant2 = await factory.ClientForAsync("applicant2");
        var id = await Applicant.CreateAsync(applicant2, Applicant.NewEnrollment(name: "李娜"));
        await Applicant.UploadAllAsync(applicant2, id);
        await Applicant.SubmitAsync(applicant2, id);

        // When
        var withdrawn = await applicant2.PostAsync($"/api/applications/{id}/withdraw", null);
        var again = await applicant2.PostAsync($"/api/applications/{id}/withdraw", null);
        var view = await Applicant.GetAsync(applicant2, id);

        // Then
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Withdrawn", view.GetProperty("status").GetString());
        Assert.Contains(view.GetProperty("timeline").EnumerateArray(), s => s.GetProperty("status").GetString() == "cancelled");
    }

    [Fact]
    public async Task CreateAndSubmit_ReplayFirstResponse_WithSameIdempotencyKey()
    {
        // Given
        var applicant1 = await factory.ClientForAsync("applicant1");
        var body = JsonSerializer.Serialize(Applicant.NewEnrollment(region: "6504"));
        var key = Guid.NewGuid().ToString();

        // When
        var first = await SendAsync(applicant1, "/api/applications", body, key);
        var second = await SendAsync(applicant1, "/api/applications", body, key);
        var different = await SendAsync(applicant1, "/api/applications", JsonSerializer.Serialize(Applicant.NewEnrollment(region: "6505")), key);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Applicant.UploadAllAsync(applicant1, id);
        var submitKey = Guid.NewGuid().ToString();
        var submitted = await SendAsync(applicant1, $"/api/applications/{id}/submit", null, submitKey);
        var replayed = await SendAsync(applicant1, $"/api/applications/{id}/submit", null, submitKey);
        var mine = await applicant1.GetFromJsonAsync<JsonElement>("/api/applications");

        // Then
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal((int)HttpStatusCode.UnprocessableEntity, (int)different.StatusCode);
        Assert.Single(mine.EnumerateArray(), a => a.GetProperty("details").GetProperty("regionCode").GetString() is "6504" or "6505");
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, replayed.StatusCode);
        Assert.Equal(await submitted.Content.ReadAsStringAsync(), await replayed.Content.ReadAsStringAsync());
        var tasks = await (await factory.ClientForAsync("reviewer1")).GetFromJsonAsync<JsonElement>("/api/tasks?scope=available&processKey=newEnrollment&pageSize=100");
        Assert.Single(tasks.GetProperty("items").EnumerateArray(), t => t.ToString().Contains(id.ToString("D"), StringComparison.OrdinalIgnoreCase));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? json, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
