using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Processes.Tests.Support;
using SocialInsurance.Workflows.Execution.Instances;

namespace SocialInsurance.Processes.Tests;

public sealed class ResumptionProcessTests
{
    [Fact]
    public async Task Resumption_ReactivatesRecord_WhenApprovedAndAgreementSigned()
    {
        // Given
        await using var engine = await CaseEngine.StartAsync();
        var applicant = Seed.Applicant();
        await engine.SaveAsync(Seed.Person(applicant, suspended: true));
        var application = Seed.Resumption(applicant);
        await engine.SaveAsync(application);
        var instance = await engine.StartCaseAsync("resumption", application);

        // When
        await engine.DecideAsync(instance, "approve");
        await engine.AdvanceAsync(TimeSpan.FromDays(7));
        await engine.CorrelateAsync("agreementSigned", application.Applicant.Value);

        // Then
        await engine.AssertNoIncidentsAsync(instance);
        Assert.Equal(InstanceStatus.Completed, await engine.StatusAsync(instance));
        var person = await engine.PersonAsync(applicant);
        Assert.Equal(InsuredStatus.Active, person!.Status);
        Assert.Equal(StatusChangeKind.Resumed, person.History[^1].Kind);
        Assert.Equal(new Domain.SeedWork.YearMonth(2026, 3), person.History[^1].Month);
        Assert.Equal(ApplicationStatus.Completed, (await engine.ApplicationAsync(application.Id)).Status);
        Assert.Equal(["signAgreement", "agreementReminder"], await engine.NotificationsAsync(application.Id));
    }

    [Fact]
    public async Task Resumption_IsRejectedAutomatically_WhenRecordIsNotSuspended()
    {
        // Given
        await using var engine = await CaseEngine.StartAsync();
        var applicant = Seed.Applicant();
        await engine.SaveAsync(Seed.Person(applicant));
        var application = Seed.Resumption(applicant);
        await engine.SaveAsync(application);

        // When
        var instance = await engine.StartCaseAsync("resumption", application);

        // Then
        await engine.AssertNoIncidentsAsync(instance);
        Assert.Equal(["rejected"], await engine.EndsReachedAsync(instance));
        Assert.Contains("Resumption.NotSuspended", (await engine.ApplicationAsync(application.Id)).RejectionReasons.Select(r => r.Code));
    }
}
