using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Jobs;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Domain.Insurance;

namespace SocialInsurance.Api.Tests.Tasks;

/// <summary>
/// The case view of 停保 and 续保, on one person's record (each stage needs the record the previous one left): the
/// reason and effective month of a suspension, the previous suspension of a resumption, the person's history and
/// credited employer months, and that neither service offers a supplement.
/// </summary>
public sealed class TaskCaseServiceTests(StoryApiFactory factory) : IClassFixture<StoryApiFactory>
{
    [Fact]
    public async Task CaseView_OfSuspensionAndResumption_ShowsTheirDeclarationsAndThePersonsHistory()
    {
        // Given: 张伟 enrolled, with 120 employer months credited to his record
        var applicant = await factory.ClientForAsync("applicant1");
        var reviewer = await factory.ClientForAsync("reviewer1");
        var enrollment = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        await Applicant.UploadAllAsync(applicant, enrollment);
        await Applicant.SubmitAsync(applicant, enrollment);
        await Applicant.ApproveAsync(reviewer, "newEnrollment", enrollment);
        Assert.Equal(HttpStatusCode.Created, (await applicant.PostAsJsonAsync("/api/simulators/tax/agreements", new { bankCode = "102", accountNumber = "6222021234567890123" })).StatusCode);
        await RunPollingAsync();
        await CreditEmployerMonthsAsync("650102199003071235", 120);

        // When: he asks to suspend
        var suspension = await Applicant.CreateAsync(applicant, Applicant.Suspension());
        await Applicant.SubmitAsync(applicant, suspension);
        var suspensionTask = await CaseReview.OfferedTaskIdAsync(reviewer, suspension, "suspension");
        var suspensionCase = await CaseReview.CaseOfAsync(reviewer, suspensionTask);

        // Then
        Assert.Equal("灵活就业养老停保", suspensionCase.GetProperty("type").Zh());
        var declared = suspensionCase.GetProperty("declaration");
        Assert.Equal("个人申请暂停缴费", declared.GetProperty("suspensionReason").Zh());
        Assert.Matches(@"^\d{4}-\d{2}$", declared.GetProperty("effectiveMonth").GetString());
        Assert.Equal(JsonValueKind.Null, declared.GetProperty("contributionBase").ValueKind);
        Assert.Equal(["approve", "reject"], suspensionCase.GetProperty("review").GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.Empty(suspensionCase.GetProperty("review").GetProperty("supplementMaterials").EnumerateArray());
        var person = suspensionCase.GetProperty("person");
        Assert.Equal("正常参保", person.GetProperty("status").Zh());
        Assert.Equal(120, person.GetProperty("contributions").GetProperty("employerMonths").GetInt32());
        Assert.Equal("参保登记", Assert.Single(person.GetProperty("history").EnumerateArray()).GetProperty("kind").Zh());
        Assert.Equal("已办结", Assert.Single(person.GetProperty("earlierCases").EnumerateArray()).GetProperty("status").Zh());

        // When: a supplement is asked of a suspension, which has no materials
        Assert.Equal(HttpStatusCode.NoContent, (await reviewer.PostAsync($"/api/tasks/{suspensionTask}/claim", null)).StatusCode);
        var supplement = await reviewer.PostAsJsonAsync($"/api/tasks/{suspensionTask}/complete",
            new { decision = "supplement", comment = "请补充", missingMaterials = new[] { "IdCardFront" } });

        // Then: refused beside the decision, nothing changes, and the approval still goes through
        Assert.Equal(HttpStatusCode.BadRequest, supplement.StatusCode);
        Assert.Contains("decision", (await supplement.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").ToString(), StringComparison.Ordinal);
        var approve = await reviewer.PostAsJsonAsync($"/api/tasks/{suspensionTask}/complete", new { decision = "approve", comment = "同意" });
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);

        // When: he resumes
        var resumption = await Applicant.CreateAsync(applicant, Applicant.Resumption());
        await Applicant.SubmitAsync(applicant, resumption);
        var resumptionCase = await CaseReview.CaseOfAsync(reviewer, await CaseReview.OfferedTaskIdAsync(reviewer, resumption, "resumption"));

        // Then
        Assert.Equal("灵活就业养老续保", resumptionCase.GetProperty("type").Zh());
        var resumed = resumptionCase.GetProperty("declaration");
        Assert.Equal("乌鲁木齐市", resumed.GetProperty("region").Zh());
        Assert.Equal("按季", resumed.GetProperty("paymentFrequency").Zh());
        Assert.Equal(6000m, resumed.GetProperty("contributionBase").GetProperty("amount").GetDecimal());
        Assert.Equal(1200m, resumed.GetProperty("contributionBase").GetProperty("monthlyAmount").GetDecimal());
        var previous = resumed.GetProperty("previousSuspension");
        Assert.Equal(declared.GetProperty("effectiveMonth").GetString(), previous.GetProperty("month").GetString());
        Assert.Equal("个人申请暂停缴费", previous.GetProperty("reason").Zh());
        var resumedPerson = resumptionCase.GetProperty("person");
        Assert.Equal("暂停参保", resumedPerson.GetProperty("status").Zh());
        Assert.Equal(["参保登记", "停保"], resumedPerson.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").Zh()));
        Assert.Equal(2, resumedPerson.GetProperty("earlierCases").GetArrayLength());
        var months = resumedPerson.GetProperty("contributions");
        Assert.Equal(120 + months.GetProperty("flexibleMonths").GetInt32(), months.GetProperty("totalMonths").GetInt32());
        Assert.Equal(240 - months.GetProperty("totalMonths").GetInt32(), months.GetProperty("shortfallMonths").GetInt32());
        Assert.Equal(["approve", "reject"], resumptionCase.GetProperty("review").GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
    }

    private async Task RunPollingAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AgreementPollingJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>Until the registry gateway credits them, employer months are put on the record directly.</summary>
    private async Task CreditEmployerMonthsAsync(string idNumber, int months)
    {
        await using var db = factory.Services.GetRequiredService<CasesDbContextFactory>().Create();
        var id = ResidentIdNumber.Create(idNumber);
        var person = await db.InsuredPersons.SingleAsync(p => p.IdNumber == id);
        person.CreditEmployerMonths(months);
        await db.SaveChangesAsync();
    }
}
