using System.Text.Json.Nodes;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Processes.Tests.Support;
using SocialInsurance.Workflows.Execution.Instances;

namespace SocialInsurance.Processes.Tests;

public sealed class NewEnrollmentProcessTests
{
    [Fact]
    public async Task NewEnrollment_EndsCompleted_WhenApprovedAndAgreementSigned()
    {
        // Given
        await using var engine = await CaseEngine.StartAsync();
        var application = Seed.NewEnrollment();
        await engine.SaveAsync(application);
        var instance = await engine.StartCaseAsync("newEnrollment", application);
        Assert.Equal(ApplicationStatus.UnderReview, (await engine.ApplicationAsync(application.Id)).Status);

        // When
        await engine.DecideAsync(instance, "approve");
        var person = await engine.PersonAsync(application.Applicant);
        var waiting = await engine.StatusAsync(instance);
        await engine.CorrelateAsync("agreementSigned", application.Applicant.Value);

        // Then
        await engine.AssertNoIncidentsAsync(instance);
        Assert.Equal(InstanceStatus.Active, waiting);
        Assert.Equal(InsuredStatus.Active, person!.Status);
        Assert.Equal(new Domain.SeedWork.YearMonth(2026, 3), person.EnrolledFrom);
        Assert.Equal(InstanceStatus.Completed, await engine.StatusAsync(instance));
        Assert.Contains("completed", await engine.EndsReachedAsync(instance));
        var stored = await engine.ApplicationAsync(application.Id);
        Assert.Equal(ApplicationStatus.Completed, stored.Status);
        Assert.Equal(ApplicationStatus.Approved, stored.Outcome);
        Assert.Equal(["signAgreement"], await engine.NotificationsAsync(application.Id));
    }

    [Fact]
    public async Task NewEnrollment_EndsRejected_WhenReviewerRejects()
    {
        // Given
        await using var engine = await CaseEngine.StartAsync();
        var application = Seed.NewEnrollment();
        await engine.SaveAsync(application);
        var instance = await engine.StartCaseAsync("newEnrollment", application);

        // When
        await engine.DecideAsync(instance, "reject", "照片不清晰，无法核实身份");

        // Then
        await engine.AssertNoIncidentsAsync(instance);
        Assert.Equal(["rejected"], await engine.EndsReachedAsync(instance));
        var stored = await engine.ApplicationAsync(application.Id);
        Assert.Equal(ApplicationStatus.Completed, stored.Status);
        Assert.Equal(ApplicationStatus.Rejected, stored.Outcome);
        Assert.Equal("照片不清晰，无法核实身份", stored.History.Single(h => h.To == ApplicationStatus.Rejected).Comment);
        Assert.Null(await engine.PersonAsync(application.Applicant));
        Assert.Equal(["rejected"], await engine.NotificationsAsync(application.Id));
    }

    [Fact]
    public async Task NewEnrollment_ReviewsAgain_WhenMaterialsAreResubmittedAfterSupplementRequest()
    {
        // Given
        await using var engine = await CaseEngine.StartAsync();
        var application = Seed.NewEnrollment();
        await engine.SaveAsync(application);
        var instance = await engine.StartCaseAsync("newEnrollment", application);
        await engine.DecideAsync(instance, "supplement", "身份证正面模糊", new JsonArray("IdCardFront"));
        var requested = await engine.ApplicationAsync(application.Id);

        // When: the applicant uploads again and resubmits (what the upload and submit routes will do)
        await using (var db = engine.Cases())
        {
            var stored = db.Applications.Single(a => a.Id == application.Id);
            stored.AttachMaterial(MaterialKind.IdCardFront, "file-2", "front.jpg", engine.Time.GetUtcNow());
            stored.Submit(engine.Time.GetUtcNow());
            await db.SaveChangesAsync();
        }

        await engine.CorrelateAsync("materialsResubmitted", application.Id);
        var tasksAfterResubmission = await engine.OpenTasksAsync(instance);
        await engine.DecideAsync(instance, "approve");
        await engine.CorrelateAsync("agreementSigned", application.Applicant.Value);

        // Then
        await engine.AssertNoIncidentsAsync(instance);
        Assert.Equal(ApplicationStatus.SupplementRequested, requested.Status);
        Assert.Equal([MaterialKind.IdCardFront], requested.OutstandingSupplement);
        Assert.Equal(["reviewApplication"], tasksAfterResubmission);
        Assert.Contains("completed", await engine.EndsReachedAsync(instance));
        Assert.Equal(InsuredStatus.Active, (await engine.PersonAsync(application.Applicant))!.Status);
        Assert.Equal(["supplementRequested", "signAgreement"], await engine.NotificationsAsync(application.Id));
    }

    [Fact]
    public async Task NewEnrollment_EndsExpired_WhenSupplementIsNotAnsweredInThirtyDays()
    {
        // Given
        await using var engine = await CaseEngine.StartAsync();
        var application = Seed.NewEnrollment();
        await engine.SaveAsync(application);
        var instance = await engine.StartCaseAsync("newEnrollment", application);
        await engine.DecideAsync(instance, "supplement", "缺户口本", new JsonArray("HouseholdRegister"));

        // When
        await engine.AdvanceAsync(TimeSpan.FromDays(29));
        var beforeLimit = (await engine.ApplicationAsync(application.Id)).Status;
        await engine.AdvanceAsync(TimeSpan.FromDays(1));

        // Then
        await engine.AssertNoIncidentsAsync(instance);
        Assert.Equal(ApplicationStatus.SupplementRequested, beforeLimit);
        Assert.Equal(["expired"], await engine.EndsReachedAsync(instance));
        var stored = await engine.ApplicationAsync(application.Id);
        Assert.Equal(ApplicationStatus.Completed, stored.Status);
        Assert.Equal("Application.SupplementExpired", Assert.Single(stored.RejectionReasons).Code);
        Assert.Equal(["supplementRequested", "supplementExpired"], await engine.NotificationsAsync(application.Id));
    }

    [Fact]
    public async Task NewEnrollment_EscalatesToProvinceReviewers_WhenReviewIsOverdue()
    {
        // Given: submitted Monday 2026-03-02; 10 working days end on Monday 2026-03-16 (weekends only)
        await using var engine = await CaseEngine.StartAsync();
        var application = Seed.NewEnrollment();
        await engine.SaveAsync(application);
        var instance = await engine.StartCaseAsync("newEnrollment", application);
        var task = await engine.Queries.TaskAsync(await engine.OpenTaskAsync(instance, "reviewApplication"));

        // When
        await engine.AdvanceAsync(new DateTimeOffset(2026, 3, 16, 15, 0, 0, TimeSpan.Zero) - engine.Time.GetUtcNow());
        var onTheLastDay = await engine.OpenTasksAsync(instance);
        await engine.AdvanceAsync(TimeSpan.FromHours(1));
        var openAfterDeadline = await engine.OpenTasksAsync(instance);
        await engine.DecideAsync(instance, "approve", elementId: "escalateReview", reviewer: CaseEngine.ProvinceReviewer);

        // Then
        await engine.AssertNoIncidentsAsync(instance);
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 23, 59, 59, TimeSpan.FromHours(8)), task!.DueAt);
        Assert.Equal(["reviewApplication"], onTheLastDay);
        Assert.Equal(["escalateReview"], openAfterDeadline);
        Assert.Equal(InsuredStatus.Active, (await engine.PersonAsync(application.Applicant))!.Status);
    }

    [Fact]
    public async Task NewEnrollment_RemindsWeekly_UntilAgreementIsSigned()
    {
        // Given
        await using var engine = await CaseEngine.StartAsync();
        var application = Seed.NewEnrollment();
        await engine.SaveAsync(application);
        var instance = await engine.StartCaseAsync("newEnrollment", application);
        await engine.DecideAsync(instance, "approve");

        // When
        await engine.AdvanceAsync(TimeSpan.FromDays(7));
        await engine.AdvanceAsync(TimeSpan.FromDays(7));
        await engine.CorrelateAsync("agreementSigned", application.Applicant.Value);
        await engine.AdvanceAsync(TimeSpan.FromDays(7));

        // Then
        await engine.AssertNoIncidentsAsync(instance);
        Assert.Equal(InstanceStatus.Completed, await engine.StatusAsync(instance));
        Assert.Equal(["signAgreement", "agreementReminder", "agreementReminder"], await engine.NotificationsAsync(application.Id));
    }

    public static TheoryData<string, string> FailedRules => new()
    {
        { "under16", "Enrollment.TooYoung" },
        { "alreadyInsured", "Enrollment.AlreadyInsured" },
        { "suspended", "Enrollment.UseResumption" },
        { "baseAboveLimit", "ContributionBase.OutOfRange" },
        { "retired", "Enrollment.RetirementAgeReached" },
    };

    [Theory]
    [MemberData(nameof(FailedRules))]
    public async Task NewEnrollment_IsRejectedAutomatically_WhenARuleFails(string situation, string expectedCode)
    {
        // Given
        await using var engine = await CaseEngine.StartAsync();
        var applicant = situation switch
        {
            "under16" => Seed.Applicant("20120101"),
            "retired" => Seed.Applicant("19600101"),
            _ => Seed.Applicant(),
        };
        if (situation is "alreadyInsured" or "suspended")
        {
            await engine.SaveAsync(Seed.Person(applicant, suspended: situation == "suspended"));
        }

        var application = Seed.NewEnrollment(applicant, situation == "baseAboveLimit" ? 100_000m : 5000m);
        await engine.SaveAsync(application);

        // When
        var instance = await engine.StartCaseAsync("newEnrollment", application);

        // Then
        await engine.AssertNoIncidentsAsync(instance);
        Assert.Equal(["rejected"], await engine.EndsReachedAsync(instance));
        var stored = await engine.ApplicationAsync(application.Id);
        Assert.Equal(ApplicationStatus.Completed, stored.Status);
        Assert.Contains(expectedCode, stored.RejectionReasons.Select(r => r.Code));
        Assert.Equal(Domain.Applications.Application.SystemActor, stored.History.Single(h => h.To == ApplicationStatus.Rejected).Actor);
        Assert.Empty(await engine.OpenTasksAsync(instance));
    }
}
