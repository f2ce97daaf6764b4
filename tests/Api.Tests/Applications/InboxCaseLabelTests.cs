using System.Net.Http.Json;
using System.Text.Json;

namespace SocialInsurance.Api.Tests.Applications;

/// <summary>A reviewer recognises a case in the inbox by its case number and applicant, not by a process id.</summary>
public sealed class InboxCaseLabelTests(StoryApiFactory factory) : IClassFixture<StoryApiFactory>
{
    [Fact]
    public async Task InboxRow_CarriesTheCaseNumberApplicantAndService()
    {
        // Given: a submitted new enrollment
        var applicant = await factory.ClientForAsync("applicant2");
        var enrollment = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(region: "6502", name: "李娜", phone: "13812345678"));
        await Applicant.UploadAllAsync(applicant, enrollment);
        await Applicant.SubmitAsync(applicant, enrollment);
        var caseNumber = (await applicant.GetFromJsonAsync<JsonElement>($"/api/applications/{enrollment}")).GetProperty("caseNumber").GetString();

        // When
        var reviewer = await factory.ClientForAsync("reviewer1");
        var row = await Applicant.OfferedTaskAsync(reviewer, enrollment, "newEnrollment");

        // Then
        var label = row.GetProperty("case");
        Assert.Equal(caseNumber, label.GetProperty("caseNumber").GetString());
        Assert.Equal("李娜", label.GetProperty("applicantName").GetString());
        Assert.Equal("NewEnrollment", label.GetProperty("applicationType").GetString());
    }

    [Fact]
    public async Task TaskDetail_CarriesTheCaseLabelAndLinksToEveryMaterial()
    {
        // Given: a submitted new enrollment with its four materials
        var applicant = await factory.ClientForAsync("applicant1");
        var enrollment = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(region: "6501", name: "张伟", phone: "13912345678"));
        await Applicant.UploadAllAsync(applicant, enrollment);
        await Applicant.SubmitAsync(applicant, enrollment);
        var reviewer = await factory.ClientForAsync("reviewer1");
        var taskId = (await Applicant.OfferedTaskAsync(reviewer, enrollment, "newEnrollment")).GetProperty("id").GetGuid();

        // When
        var detail = await reviewer.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}");

        // Then: the case is named, and every material links to a file the reviewer may download
        Assert.Equal("张伟", detail.GetProperty("task").GetProperty("case").GetProperty("applicantName").GetString());
        var materials = detail.GetProperty("materials").EnumerateArray().ToArray();
        Assert.Equal(["IdCardFront", "IdCardBack", "HouseholdRegister", "IdCardCopy"], materials.Select(m => m.GetProperty("kind").GetString()));
        foreach (var material in materials)
        {
            var href = material.GetProperty("href").GetString()!;
            Assert.StartsWith($"/api/applications/{enrollment:D}/materials/", href, StringComparison.Ordinal);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await reviewer.GetAsync(href)).StatusCode);
        }
    }
}
