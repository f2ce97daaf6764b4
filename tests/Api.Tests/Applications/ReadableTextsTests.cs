using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using SocialInsurance.Api.Features.Migrations;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Api.Tests.Applications;

/// <summary>
/// What a person reads carries no raw codes: no 参保统筹区 code (6501 instead of 乌鲁木齐市 / Urumqi) and no ISO 8601
/// duration (P30D instead of 30天 / 30 days), in Chinese and in English — the problem texts of the catalog, the
/// applicant's progress timeline and notifications, the reviewer's case view and journal.
/// </summary>
public sealed partial class ReadableTextsTests(StoryApiFactory factory) : IClassFixture<StoryApiFactory>
{
    /// <summary>The properties that hold text for people in the API's bodies (the rest are codes, ids and data).</summary>
    private static readonly HashSet<string> TextProperties = new(StringComparer.Ordinal)
    {
        "zh", "en", "nameZh", "nameEn", "textZh", "textEn", "noteZh", "noteEn", "messageZh", "messageEn", "titleZh", "titleEn",
        "comment", "title", "detail", "message", "text",
    };

    public static TheoryData<string> Codes() => [.. ErrorCatalog.All.Select(c => c.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void ProblemText_NamesNoRegionCodeAndNoIsoDuration_InEitherLanguage(string code)
    {
        // Given
        var entry = ErrorCatalog.Find(code)!;

        // When
        var texts = new[] { entry.Zh, entry.En };

        // Then: a text that teaches a notation shows it by example — an ISO 8601 duration (PT1H) to a modeller, the JSON of
        // a decision's input ({"regionCode": "6501"}) to an administrator; no other text carries a code.
        var prose = texts.Where(t => !t.Contains("ISO 8601", StringComparison.Ordinal) && !t.Contains("{\"", StringComparison.Ordinal)).ToList();
        Assert.All(prose, text => Assert.DoesNotMatch(RegionCode(), text));
        Assert.All(prose, text => Assert.DoesNotMatch(IsoDuration(), text));
    }

    [Fact]
    public void MigrationProblem_NamesAnEndedInstancesState_NotItsEnumValue()
    {
        // Given
        var problem = MigrationProblem.Of("migration.instanceEnded", "review", "The instance has ended (Completed); there is nothing to migrate.", new { status = "Completed" });

        // When
        var zh = MigrationViews.ProblemOf(problem, Language.Chinese).Message;
        var en = MigrationViews.ProblemOf(problem, Language.English).Message;

        // Then
        Assert.Equal("实例已结束（已办结），无需迁移", zh);
        Assert.Equal("The instance has ended (completed); there is nothing to migrate.", en);
    }

    [Fact]
    public async Task CaseTexts_NameNoRegionCodeAndNoIsoDuration_AfterASupplementRequest()
    {
        // Given: a new enrollment in 乌鲁木齐市 (6501) sent back for the household register
        var applicant = await factory.ClientForAsync("applicant3");
        var reviewer = await factory.ClientForAsync("reviewer1");
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(name: "王芳"));
        await Applicant.UploadAllAsync(applicant, id);
        await Applicant.SubmitAsync(applicant, id);
        var taskId = (await Applicant.OfferedTaskAsync(reviewer, id, "newEnrollment")).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await reviewer.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode);
        var caseView = await reviewer.GetStringAsync($"/api/tasks/{taskId}");
        var completed = await reviewer.PostAsJsonAsync($"/api/tasks/{taskId}/complete",
            new { decision = "supplement", missingMaterials = new[] { "HouseholdRegister" }, comment = "户口本复印件不清晰" });
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync());

        // When
        var progress = await applicant.GetStringAsync($"/api/applications/{id}");
        var notifications = await applicant.GetStringAsync("/api/me/notifications");
        var problems = new List<string>();
        foreach (var language in new[] { "zh-CN", "en" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{taskId}/complete") { Content = JsonContent.Create(new { decision = "approve" }) };
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
            problems.Add(await (await reviewer.SendAsync(request)).Content.ReadAsStringAsync());
        }

        // Then
        // An id quoted in a text (the task of a 409) is not a code a person should have read as a name: left out, as its
        // hex digits can spell 65xxxx.
        var texts = new[] { caseView, progress, notifications }.Concat(problems)
            .SelectMany(json => TextsIn(JsonDocument.Parse(json).RootElement))
            .Select(t => Id().Replace(t, "<id>"))
            .ToList();
        Assert.Contains(texts, t => t.Contains("乌鲁木齐市", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("户口本", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => RegionCode().IsMatch(t) || IsoDuration().IsMatch(t));
    }

    private static IEnumerable<string> TextsIn(JsonElement element, string? property = null)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var child in element.EnumerateObject())
                {
                    // The process variables are the engine's data (regionCode 6501, supplementTimeLimit P30D), not text.
                    if (child.Name != "variables")
                    {
                        foreach (var text in TextsIn(child.Value, child.Name))
                        {
                            yield return text;
                        }
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var text in element.EnumerateArray().SelectMany(item => TextsIn(item, property)))
                {
                    yield return text;
                }

                break;
            case JsonValueKind.String when property is not null && TextProperties.Contains(property):
                yield return element.GetString()!;
                break;
        }
    }

    /// <summary>A region code standing alone (6501, 650100); an ID number's first digits are part of a longer token.</summary>
    [GeneratedRegex(@"(?<![\d*])65\d{2}(\d{2})?(?![\d*])")]
    private static partial Regex RegionCode();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Id();

    [GeneratedRegex(@"\bR?\d*/?P(T?\d+[YMWDHS])+\b")]
    private static partial Regex IsoDuration();
}
