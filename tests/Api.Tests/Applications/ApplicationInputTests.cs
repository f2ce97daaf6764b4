using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SocialInsurance.Api.Tests.Applications;

public sealed class ApplicationInputTests(StoryApiFactory factory) : IClassFixture<StoryApiFactory>
{
    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"type":"Transfer"}""", "type" },
        { JsonSerializer.Serialize(Applicant.NewEnrollment(region: "9999")), "regionCode" },
        { JsonSerializer.Serialize(Applicant.NewEnrollment(phone: "12345")), "phone" },
        { JsonSerializer.Serialize(Applicant.NewEnrollment(contributionBase: 100m)), "contributionBase" },
        { JsonSerializer.Serialize(Applicant.NewEnrollment(contributionBase: 999999m)), "contributionBase" },
        { JsonSerializer.Serialize(Applicant.NewEnrollment(name: "别人")), "bank.accountName" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task CreateApplication_Returns400AndCreatesNothing_WhenFieldIsInvalid(string body, string field)
    {
        // Given
        var client = await factory.ClientForAsync("applicant2");
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/applications")).GetArrayLength();

        // When
        var response = await client.PostAsync("/api/applications", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.DoesNotContain(" / ", messages[0].GetString(), StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", messages[0].GetString());
        Assert.True(problem.GetProperty("errorCodes").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before, (await client.GetFromJsonAsync<JsonElement>("/api/applications")).GetArrayLength());
    }

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03 })]
    [InlineData(new byte[] { 0x68, 0x65, 0x6C, 0x6C, 0x6F })]
    public async Task UploadMaterial_Returns400AndAttachesNothing_WhenContentIsNotJpegPngOrPdf(byte[] content)
    {
        // Given
        var client = await factory.ClientForAsync("applicant1");
        var id = await Applicant.CreateAsync(client, Applicant.NewEnrollment());

        // When
        var response = await Applicant.UploadAsync(client, id, "IdCardFront", content, "photo.jpg");

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, (await Applicant.GetAsync(client, id)).GetProperty("materials").GetArrayLength());
    }

    [Fact]
    public async Task UploadMaterial_IsRefused_WhenFileExceeds10Megabytes()
    {
        // Given
        var client = await factory.ClientForAsync("applicant1");
        var id = await Applicant.CreateAsync(client, Applicant.NewEnrollment());
        var big = new byte[(10 * 1024 * 1024) + 1];
        Applicant.Jpeg.CopyTo(big, 0);

        // When
        var response = await Applicant.UploadAsync(client, id, "IdCardFront", big);

        // Then
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.BadRequest });
        Assert.Equal(0, (await Applicant.GetAsync(client, id)).GetProperty("materials").GetArrayLength());
    }

    [Fact]
    public async Task SubmitApplication_Returns400ListingEachMissingMaterial_WhenNoneUploaded()
    {
        // Given
        var client = await factory.ClientForAsync("applicant1");
        var id = await Applicant.CreateAsync(client, Applicant.NewEnrollment());
        await Applicant.UploadAsync(client, id, "IdCardFront", Applicant.Jpeg);

        // When
        var response = await client.PostAsync($"/api/applications/{id}/submit", null);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["materials.HouseholdRegister", "materials.IdCardBack", "materials.IdCardCopy"],
            errors.EnumerateObject().Select(p => p.Name).Where(n => n.StartsWith("materials.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("Draft", (await Applicant.GetAsync(client, id)).GetProperty("status").GetString());
    }
}
