using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Processes.Tests.Support;
using SocialInsurance.Workflows.Execution.Instances;

namespace SocialInsurance.Processes.Tests;

public sealed class SuspensionProcessTests
{
    [Fact]
    public async Task Suspension_SuspendsRecord_WhenApproved()
    {
        // Given
        await using var engine = await CaseEngine.StartAsync();
        var applicant = Seed.Applicant();
        await engine.SaveAsync(Seed.Person(applicant));
        var application = Seed.Suspension(applicant);
        await engine.SaveAsync(application);
        var instance = await engine.StartCaseAsync("suspension", application);

        // When
        await engine.DecideAsync(instance, "approve");

        // Then
        await engine.AssertNoIncidentsAsync(instance);
        Assert.Equal(InstanceStatus.Completed, await engine.StatusAsync(instance));
        Assert.Equal(["completed"], await engine.EndsReachedAsync(instance));
        var person = await engine.PersonAsync(applicant);
        Assert.Equal(InsuredStatus.Suspended, person!.Status);
        Assert.Equal(SocialInsurance.Domain.Reference.SuspensionReason.PersonalPause, person.History[^1].Reason);
        Assert.Equal(["approved"], await engine.NotificationsAsync(application.Id));
    }

    [Fact]
    public async Task Suspension_IsRejectedAutomatically_WhenRecordIsNotActive()
    {
        // Given
        await using var engine = await CaseEngine.StartAsync();
        var applicant = Seed.Applicant();
        await engine.SaveAsync(Seed.Person(applicant, suspended: true));
        var application = Seed.Suspension(applicant);
        await engine.SaveAsync(application);

        // When
        var instance = await engine.StartCaseAsync("suspension", application);

        // Then
        await engine.AssertNoIncidentsAsync(instance);
        Assert.Equal(["rejected"], await engine.EndsReachedAsync(instance));
        Assert.Contains("Suspension.NotActive", (await engine.ApplicationAsync(application.Id)).RejectionReasons.Select(r => r.Code));
    }

    [Fact]
    public async Task Suspension_IsRejectedAutomatically_WhenChangeMonthIsTooFarAhead()
    {
        // Given
        await using var engine = await CaseEngine.StartAsync();
        var applicant = Seed.Applicant();
        await engine.SaveAsync(Seed.Person(applicant));
        var application = Seed.Suspension(applicant, new Domain.SeedWork.YearMonth(2026, 6));
        await engine.SaveAsync(application);

        // When
        var instance = await engine.StartCaseAsync("suspension", application);

        // Then
        Assert.Equal(["rejected"], await engine.EndsReachedAsync(instance));
        Assert.Contains("Suspension.TooFarAhead", (await engine.ApplicationAsync(application.Id)).RejectionReasons.Select(r => r.Code));
    }
}
