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
public sealed class TaskCaseTests(StoryApiFactory factory) : IClassFixture<StoryApiFactory>
{
    [Fact]
    public async Task CaseView_NamesAndMasksTheDeclaration_OfANewEnrollment()
    {
        // Given: 李娜 declares a new enrollment in Karamay with a base of 5,000 yuan
        var applicant = await factory.ClientForAsync("applicant2");
        var enrollment = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(region: "6502", name: "李娜", phone: "13812345678"));
        await Applicant.UploadAllAsync(applicant, enrollment);
        await Applicant.SubmitAsync(applicant, enrollment);
        var reviewer = await factory.ClientForAsync("reviewer1");
        var taskId = await CaseReview.OfferedTaskIdAsync(reviewer, enrollment, "newEnrollment");
        var year = int.Parse((await reviewer.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}")).GetProperty("task").GetProperty("createdAt").GetString()![..4]);
        var policy = await reviewer.GetFromJsonAsync<JsonElement>($"/api/reference/policy/{year}");

        // When
        var response = await reviewer.GetAsync($"/api/tasks/{taskId}");
        var text = await response.Content.ReadAsStringAsync();
        var view = JsonDocument.Parse(text).RootElement.GetProperty("case");

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("灵活就业养老新参保", view.GetProperty("type").Zh());
        Assert.Equal("审核中", view.GetProperty("status").Zh());
        var declaration = view.GetProperty("declaration");
        Assert.Equal("克拉玛依市", declaration.GetProperty("region").Zh());
        Assert.Equal("Karamay", declaration.GetProperty("region").En());
        Assert.Equal("乌鲁木齐市天山区解放北路 1 号", declaration.GetProperty("address").GetString());
        Assert.Equal("企业职工基本养老保险", Assert.Single(declaration.GetProperty("insuranceTypes").EnumerateArray()).Zh());
        Assert.Equal("中国工商银行", declaration.GetProperty("bank").GetProperty("bank").Zh());
        Assert.Equal("6222***********0123", declaration.GetProperty("bank").GetProperty("maskedAccount").GetString());
        Assert.Equal("李娜", declaration.GetProperty("bank").GetProperty("holder").GetString());
        Assert.Equal("按月", declaration.GetProperty("paymentFrequency").Zh());
        var declaredBase = declaration.GetProperty("contributionBase");
        Assert.Equal(5000m, declaredBase.GetProperty("amount").GetDecimal());
        Assert.Equal(1000m, declaredBase.GetProperty("monthlyAmount").GetDecimal());
        var lower = policy.GetProperty("baseLowerLimit").GetDecimal();
        var upper = policy.GetProperty("baseUpperLimit").GetDecimal();
        Assert.Equal(lower, declaredBase.GetProperty("lowerLimit").GetDecimal());
        Assert.Equal(upper, declaredBase.GetProperty("upperLimit").GetDecimal());
        Assert.Equal(5000m < lower ? "below" : 5000m > upper ? "above" : "within", declaredBase.GetProperty("position").GetString());
        Assert.DoesNotContain("13812345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("6222021234567890123", text, StringComparison.Ordinal);
        Assert.Equal(["approve", "reject", "supplement"], view.GetProperty("review").GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.Equal(4, view.GetProperty("review").GetProperty("supplementMaterials").GetArrayLength());
    }

    [Fact]
    public async Task CaseView_ShowsThePersonsRetirementMonthsAndShortfall_UnderThe2025Reform()
    {
        // Given: 张伟, a man born 1990-03, never insured
        var applicant = await factory.ClientForAsync("applicant1");
        var enrollment = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        await Applicant.UploadAllAsync(applicant, enrollment);
        await Applicant.SubmitAsync(applicant, enrollment);
        var reviewer = await factory.ClientForAsync("reviewer1");
        var taskId = await CaseReview.OfferedTaskIdAsync(reviewer, enrollment, "newEnrollment");

        // When
        var person = (await CaseReview.CaseOfAsync(reviewer, taskId)).GetProperty("person");

        // Then: 60 + 36 months (the cap) = retirement in 2053-03; 20 years are required from 2039 on
        Assert.Equal("张伟", person.GetProperty("name").GetString());
        Assert.Equal("6501**********1235", person.GetProperty("maskedIdNumber").GetString());
        Assert.Equal("男", person.GetProperty("sex").Zh());
        Assert.InRange(person.GetProperty("age").GetInt32(), 36, 37);
        var retirement = person.GetProperty("retirement");
        Assert.Equal("2053-03", retirement.GetProperty("month").GetString());
        Assert.Equal(60, retirement.GetProperty("originalAgeYears").GetInt32());
        Assert.Equal(36, retirement.GetProperty("delayMonths").GetInt32());
        Assert.Equal(63, retirement.GetProperty("ageYears").GetInt32());
        var months = person.GetProperty("contributions");
        Assert.Equal(0, months.GetProperty("totalMonths").GetInt32());
        Assert.Equal(240, months.GetProperty("requiredMonths").GetInt32());
        Assert.Equal(240, months.GetProperty("shortfallMonths").GetInt32());
        Assert.Equal(0, months.GetProperty("shortfallAtRetirementMonths").GetInt32());
        Assert.Equal("未参保", person.GetProperty("status").Zh());
        Assert.Empty(person.GetProperty("earlierCases").EnumerateArray());
    }
}
