using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Tests.Registry;

/// <summary>One open case per service, approvals that cannot be applied, and records that end.</summary>
public sealed class CaseRuleTests
{
    [Fact]
    public async Task SubmitNewEnrollment_IsAConflict_WhileAnotherIsOpen()
    {
        // Given one 新参保 under review
        await using var factory = new StoryApiFactory();
        var applicant = await factory.ClientForAsync("applicant1");
        var (_, first) = await Cases.SubmitNewEnrollmentAsync(applicant);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);

        // When
        var (second, response) = await Cases.SubmitNewEnrollmentAsync(applicant, region: "6502");

        // Then
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("正在办理的灵活就业养老新参保", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Draft", (await Applicant.GetAsync(applicant, second)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ApproveNewEnrollment_RaisesAnIncident_AndChangesNothing_WhenThePersonWasRegisteredMeanwhile()
    {
        // Given a 新参保 for 克拉玛依 under review, and the person enrolled in 乌鲁木齐 meanwhile (e.g. at the counter)
        await using var factory = new StoryApiFactory();
        var applicant = await factory.ClientForAsync("applicant1");
        var reviewer = await factory.ClientForAsync("reviewer1");
        var (id, response) = await Cases.SubmitNewEnrollmentAsync(applicant, region: "6502");
        var instanceId = await Cases.InstanceOfAsync(response);
        await EnrolDirectlyAsync(factory, "6501");

        // When
        await Applicant.ApproveAsync(reviewer, "newEnrollment", id);
        var instance = await Cases.InstanceAsync(factory, instanceId);
        var insurance = await applicant.GetFromJsonAsync<JsonElement>("/api/me/insurance");

        // Then: the administrator sees why; the record keeps its region; the case is not reported done
        var incident = Assert.Single(Cases.OpenIncidents(instance));
        Assert.Equal("registerEnrollment", incident.GetProperty("elementId").GetString());
        Assert.Contains("cannot be applied", incident.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("6501", insurance.GetProperty("regionCode").GetString());
        Assert.NotEqual("Completed", (await Applicant.GetAsync(applicant, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Suspension_ForDeath_EndsTheRecord_AndAResumptionIsRefusedSayingWhy()
    {
        // Given an active person
        await using var factory = new StoryApiFactory();
        var applicant = await factory.ClientForAsync("applicant1");
        var reviewer = await factory.ClientForAsync("reviewer1");
        await EnrolDirectlyAsync(factory, "6501");

        // When
        var (suspension, response) = await Cases.SubmitAsync(applicant, new { type = "Suspension", reason = "04", insuranceTypes = new[] { "110" } });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Applicant.ApproveAsync(reviewer, "suspension", suspension);
        var ended = await applicant.GetFromJsonAsync<JsonElement>("/api/me/insurance");
        var (_, resumption) = await Cases.SubmitAsync(applicant, Applicant.Resumption());

        // Then
        Assert.Equal("Terminated", ended.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, resumption.StatusCode);
        var problem = await resumption.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("出国（境）定居", problem.GetProperty("errors").GetProperty("Resumption.Terminated")[0].GetString(), StringComparison.Ordinal);
    }

    /// <summary>A record made outside this case's process, as the counter or another case would.</summary>
    private static async Task EnrolDirectlyAsync(StoryApiFactory factory, string region)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<CasesDbContextFactory>().Create();
        var person = new InsuredPerson(Guid.CreateVersion7(), ResidentIdNumber.Create(Cases.Applicant1), "张伟");
        person.Enroll(RegionCode.Create(region), ContributionBase.Create(5000m), PaymentFrequency.Monthly, ["110"], YearMonth.Parse("2026-01"));
        db.InsuredPersons.Add(person);
        await db.SaveChangesAsync();
    }
}
