using System.Net;
using SocialInsurance.Api.Tests.Applications;

namespace SocialInsurance.Api.Tests.Security;

/// <summary>Finding 3 of issue 10: reviewers could download the materials of drafts nobody had submitted.</summary>
public sealed class DraftMaterialTests(StoryApiFactory factory) : IClassFixture<StoryApiFactory>
{
    [Fact]
    public async Task DownloadMaterial_Returns404ToStaff_UntilTheCaseIsSubmitted()
    {
        // Given a draft of applicant1 in region 6501 with its materials uploaded, not submitted
        var applicant = await factory.ClientForAsync("applicant1");
        var draft = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        var material = await Applicant.UploadAllAsync(applicant, draft);
        var path = $"/api/applications/{draft}/materials/{material}";

        // When the reviewers of its region (province-wide and Urumqi) and an administrator ask for a file
        var province = await (await factory.ClientForAsync("reviewer1")).GetAsync(path);
        var region = await (await factory.ClientForAsync("reviewer2")).GetAsync(path);
        var admin = await (await factory.ClientForAsync("admin1")).GetAsync(path);

        // Then none of them sees it, but its owner does; after submission the reviewers do
        Assert.Equal(HttpStatusCode.NotFound, province.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, region.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, admin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync(path)).StatusCode);
        await Applicant.SubmitAsync(applicant, draft);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.ClientForAsync("reviewer2")).GetAsync(path)).StatusCode);
    }
}
