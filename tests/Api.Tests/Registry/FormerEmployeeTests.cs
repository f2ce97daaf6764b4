using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Applications;

namespace SocialInsurance.Api.Tests.Registry;

/// <summary>People who left an employer (暂停 in the registry) use 续保, and their employer months count everywhere.</summary>
public sealed class FormerEmployeeTests
{
    [Fact]
    public async Task SubmitNewEnrollment_TellsAFormerEmployee_ToUseResumption()
    {
        // Given
        await using var factory = new StoryApiFactory();
        await Cases.SeedAsync(factory, RegistrySeeds.FormerEmployee(Cases.Applicant1));
        var applicant = await factory.ClientForAsync("applicant1");

        // When
        var (_, response) = await Cases.SubmitNewEnrollmentAsync(applicant);

        // Then
        Assert.Contains("Enrollment.UseResumption", await Cases.FieldErrorsAsync(response));
    }

    [Fact]
    public async Task Resumption_OfAFormerEmployee_WithNoRecordHere_IsApproved_AndCountsTheEmployerMonths()
    {
        // Given 84 months paid through a former employer, nothing in our tables
        await using var factory = new StoryApiFactory();
        await Cases.SeedAsync(factory, RegistrySeeds.FormerEmployee(Cases.Applicant1, months: 84));
        var applicant = await factory.ClientForAsync("applicant1");
        var reviewer = await factory.ClientForAsync("reviewer1");
        var before = await applicant.GetFromJsonAsync<JsonElement>("/api/me/insurance");

        // When
        var (id, response) = await Cases.SubmitAsync(applicant, Applicant.Resumption());
        var instance = await Cases.InstanceAsync(factory, await Cases.InstanceOfAsync(response));
        await Applicant.ApproveAsync(reviewer, "resumption", id);
        var after = await applicant.GetFromJsonAsync<JsonElement>("/api/me/insurance");

        // Then
        Assert.True(before.GetProperty("formerEmployee").GetBoolean());
        Assert.Equal(84, before.GetProperty("cumulativeMonths").GetInt32());
        Assert.Equal(before.GetProperty("requiredMonths").GetInt32() - 84, before.GetProperty("shortfallMonths").GetInt32());
        var checks = instance.GetProperty("variables").GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(
            ["identity", "age", "duplicateEnrollment", "resumptionStatus", "contributionBase", "materials", "declaration"],
            checks.Select(c => c.GetProperty("code").GetString()!).ToArray());
        Assert.Equal("notApplicable", checks.Single(c => c.GetProperty("code").GetString() == "materials").GetProperty("outcome").GetString());
        Assert.Contains("84", checks.Single(c => c.GetProperty("code").GetString() == "duplicateEnrollment").GetProperty("zh").GetString(), StringComparison.Ordinal);
        Assert.Equal("Active", after.GetProperty("status").GetString());
        Assert.Equal(84, after.GetProperty("employerMonths").GetInt32());
        Assert.Equal(84, after.GetProperty("cumulativeMonths").GetInt32());
        Assert.Equal(after.GetProperty("requiredMonths").GetInt32() - 84, after.GetProperty("shortfallMonths").GetInt32());
        // Born 1990-03, a man: the 2025 reform's +36 months put retirement, where contributions end, at 2053-03
        var end = after.GetProperty("contributionsEnd");
        Assert.Equal(("2053-03", "RetirementReached"), (end.GetProperty("month").GetString(), end.GetProperty("reason").GetString()));
        Assert.Contains("2053-03", end.GetProperty("zh").GetString(), StringComparison.Ordinal);
        Assert.Equal(6000m, after.GetProperty("contributionBase").GetDecimal());
    }
}
