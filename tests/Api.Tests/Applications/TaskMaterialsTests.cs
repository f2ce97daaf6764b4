using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SocialInsurance.Api.Tests.Applications;

/// <summary>The materials of a case, as the reviewer of its task sees them beside the decision.</summary>
public sealed class TaskMaterialsTests(StoryApiFactory factory) : IClassFixture<StoryApiFactory>
{
    [Fact]
    public async Task TaskMaterials_ListsEveryUpload_ForTheReviewerOfTheGroupOnly()
    {
        // Given: a case of region 6502, offered to reviewers-6502 and the province-wide reviewers-65
        var applicant = await factory.ClientForAsync("applicant2");
        var enrollment = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(region: "6502", name: "李娜", phone: "13812345678"));
        await Applicant.UploadAllAsync(applicant, enrollment);
        await Applicant.SubmitAsync(applicant, enrollment);
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var taskId = (await Applicant.OfferedTaskAsync(reviewer1, enrollment, "newEnrollment")).GetProperty("id").GetGuid();

        // When
        var forGroup = await reviewer1.GetAsync($"/api/tasks/{taskId}/materials");
        var otherGroup = await (await factory.ClientForAsync("reviewer2")).GetAsync($"/api/tasks/{taskId}/materials");
        var forApplicant = await applicant.GetAsync($"/api/tasks/{taskId}/materials");

        // Then
        Assert.Equal(HttpStatusCode.OK, forGroup.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherGroup.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forApplicant.StatusCode);
        var materials = (await forGroup.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToArray();
        Assert.Equal(["IdCardFront", "IdCardBack", "HouseholdRegister", "IdCardCopy"], materials.Select(m => m.GetProperty("kind").GetString()));
        Assert.Equal(["image/jpeg", "image/png", "application/pdf", "image/jpeg"], materials.Select(m => m.GetProperty("contentType").GetString()));
        Assert.Equal(Applicant.Png.Length, materials[1].GetProperty("size").GetInt64());
        Assert.Equal("身份证正面", materials[0].GetProperty("kindZh").GetString());
        Assert.All(materials, m => Assert.Equal(enrollment, m.GetProperty("applicationId").GetGuid()));
        var file = await reviewer1.GetAsync($"/api/applications/{enrollment}/materials/{materials[1].GetProperty("materialId").GetString()}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(Applicant.Png, await file.Content.ReadAsByteArrayAsync());
    }
}
