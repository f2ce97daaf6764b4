using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Tasks;

/// <summary>
/// <c>GET /api/tasks/{id}</c> → <c>case</c>: a 新参保 as the reviewer decides it — the declaration named and masked,
/// the person's figures, the checks, and a second round after a supplement.
/// </summary>
/// <summary>A second review round after a supplement: the first round, what changed since, and what the applicant read.</summary>
public sealed class TaskCaseRoundTests(StoryApiFactory factory) : IClassFixture<StoryApiFactory>
{
    [Fact]
    public async Task SecondRound_ShowsTheFirstRoundAndWhatTheApplicantAttachedSince_WithoutRawCodes()
    {
        // Given: a first round asks for the household register; the applicant uploads it again and resubmits
        var applicant = await factory.ClientForAsync("applicant2");
        var enrollment = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(region: "6502", name: "李娜", phone: "13812345678"));
        await Applicant.UploadAllAsync(applicant, enrollment);
        await Applicant.SubmitAsync(applicant, enrollment);
        var reviewer = await factory.ClientForAsync("reviewer1");
        var first = await CaseReview.OfferedTaskIdAsync(reviewer, enrollment, "newEnrollment");
        await CaseReview.DecideAsync(reviewer, first, new { decision = "supplement", comment = "户口本不清晰", missingMaterials = new[] { "HouseholdRegister" } });
        var notifications = await applicant.GetFromJsonAsync<JsonElement>("/api/me/notifications");
        var timeline = (await Applicant.GetAsync(applicant, enrollment)).GetProperty("timeline");
        Assert.Equal(HttpStatusCode.Created, (await Applicant.UploadAsync(applicant, enrollment, "HouseholdRegister", Applicant.Pdf, "hukou-2.pdf")).StatusCode);
        await Applicant.SubmitAsync(applicant, enrollment);
        var second = await CaseReview.OfferedTaskIdAsync(reviewer, enrollment, "newEnrollment");

        // When
        var detail = await reviewer.GetFromJsonAsync<JsonElement>($"/api/tasks/{second}");
        var view = detail.GetProperty("case");

        // Then: the round, by whom, with the material named
        var round = Assert.Single(view.GetProperty("rounds").EnumerateArray());
        Assert.Equal("要求补充材料", round.GetProperty("decision").Zh());
        Assert.Equal("户口本不清晰", round.GetProperty("comment").GetString());
        Assert.Equal("户口本复印件", Assert.Single(round.GetProperty("missingMaterials").EnumerateArray()).Zh());
        Assert.Equal("reviewer1", round.GetProperty("decidedBy").GetString());
        var changes = view.GetProperty("changesSinceLastRound");
        var attached = Assert.Single(changes.GetProperty("materialsAttached").EnumerateArray());
        Assert.Equal("户口本复印件", attached.GetProperty("kind").Zh());
        Assert.True(attached.GetProperty("wasRequested").GetBoolean());
        Assert.True(changes.GetProperty("requestedAllProvided").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, changes.GetProperty("resubmittedAt").ValueKind);

        // And: the applicant reads material names, never codes
        var supplement = notifications.EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "supplementRequested");
        Assert.Contains("户口本复印件", supplement.GetProperty("textZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("household register", supplement.GetProperty("textEn").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("HouseholdRegister", notifications.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("HouseholdRegister", timeline.ToString(), StringComparison.Ordinal);

        // And: the system steps after the reviewer's decision are the system's, the decision the reviewer's
        var journal = detail.GetProperty("journal").EnumerateArray().ToArray();
        Assert.Contains(journal, e => e.GetProperty("elementType").GetString() == "userTask" && e.GetProperty("event").GetString() == "Completed"
            && e.GetProperty("actor").GetString() == "reviewer1");
        Assert.All(
            journal.Where(e => e.GetProperty("elementType").GetString() is "serviceTask" or "exclusiveGateway" or "sendTask" or "intermediateThrowEvent"),
            e => Assert.NotEqual("reviewer1", e.GetProperty("actor").GetString()));
    }
}
