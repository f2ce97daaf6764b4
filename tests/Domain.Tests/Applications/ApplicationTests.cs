using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.SeedWork;
using static SocialInsurance.Domain.Tests.Applications.Applications;

namespace SocialInsurance.Domain.Tests.Applications;

public class ApplicationTests
{
    [Fact]
    public void NewApplication_IsDraft_OfItsDetailsType()
    {
        // Given / When
        var application = Draft();

        // Then
        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Equal(ApplicationType.NewEnrollment, application.Type);
        Assert.True(application.IsEditable);
    }

    [Fact]
    public void Submit_ReportsEveryMissingMaterial_WhenNewEnrollmentHasNone()
    {
        // Given
        var application = Draft();

        // When
        var error = Assert.Throws<DomainException>(() => application.Submit(Now));

        // Then
        Assert.Equal(4, error.Errors.Count);
        Assert.All(error.Errors, e => Assert.Equal("Application.MaterialMissing", e.Code));
        Assert.Contains(error.Errors, e => e.MessageZh.Contains("户口本复印件"));
        Assert.Contains(error.Errors, e => e.MessageZh.Contains("第二代身份证复印件"));
        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }

    [Fact]
    public void Submit_ReportsOnlyTheStillMissingMaterials()
    {
        // Given
        var application = Draft();
        application.AttachMaterial(MaterialKind.IdCardFront, "f1", "front.jpg", Now);
        application.AttachMaterial(MaterialKind.IdCardBack, "f2", "back.jpg", Now);

        // When
        var error = Assert.Throws<DomainException>(() => application.Submit(Now));

        // Then
        Assert.Equal([MaterialKind.HouseholdRegister, MaterialKind.IdCardCopy], application.MissingMaterials());
        Assert.Equal(2, error.Errors.Count);
    }

    [Fact]
    public void Submit_MovesToSubmitted_WhenAllMaterialsAttached()
    {
        // Given
        var application = WithAllMaterials();
        application.ClearDomainEvents();

        // When
        application.Submit(Now);

        // Then
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(Now, application.SubmittedAt);
        var submitted = Assert.IsType<ApplicationSubmitted>(Assert.Single(application.DomainEvents));
        Assert.False(submitted.IsResubmission);
        Assert.Equal((ApplicationStatus.Draft, ApplicationStatus.Submitted), (application.History[0].From, application.History[0].To));
    }

    [Fact]
    public void Submit_NeedsNoMaterials_ForSuspension()
    {
        // Given
        var application = Draft(new SuspensionDetails(SocialInsurance.Domain.Reference.SuspensionReason.PersonalPause, YearMonth.Parse("2026-05"), ["110"]));

        // When
        application.Submit(Now);

        // Then
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(ApplicationType.Suspension, application.Type);
    }

    [Fact]
    public void AttachMaterial_ReplacesTheEarlierFileOfTheSameKind()
    {
        // Given
        var application = Draft();
        application.AttachMaterial(MaterialKind.IdCardFront, "old", "a.jpg", Now);

        // When
        application.AttachMaterial(MaterialKind.IdCardFront, "new", "b.jpg", Now);

        // Then
        Assert.Equal("new", Assert.Single(application.Materials).FileId);
        Assert.Equal(2, application.DomainEvents.OfType<MaterialAttached>().Count());
    }

    [Fact]
    public void SupplementLoop_RequiresTheRequestedMaterial_ThenResubmits_AndReviewsAgain()
    {
        // Given a review asking for a new household-register copy
        var application = In(ApplicationStatus.SupplementRequested);

        // When the applicant resubmits without uploading it
        var missing = Assert.Throws<DomainException>(() => application.Submit(Now));

        // Then
        Assert.Equal("Application.MaterialMissing", Assert.Single(missing.Errors).Code);

        // When they upload it and resubmit
        application.AttachMaterial(MaterialKind.HouseholdRegister, "clear", "hukou.jpg", Now);
        application.Submit(Now.AddDays(1));
        application.StartReview(Reviewer, Now.AddDays(2));
        application.Approve(Reviewer, Now.AddDays(2));

        // Then
        Assert.Equal(ApplicationStatus.Approved, application.Status);
        Assert.True(application.DomainEvents.OfType<ApplicationSubmitted>().Single().IsResubmission);
        Assert.Equal(Now, application.SubmittedAt);
        Assert.Equal(
            [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.SupplementRequested, ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.Approved],
            application.History.Select(h => h.To));
    }

    [Fact]
    public void RequestSupplement_RaisesEvent_WithMaterialsAndComment()
    {
        // Given
        var application = In(ApplicationStatus.UnderReview);

        // When
        application.RequestSupplement(Reviewer, [MaterialKind.IdCardCopy, MaterialKind.IdCardBack], "复印件模糊", Now);

        // Then
        var requested = Assert.IsType<SupplementaryMaterialsRequested>(Assert.Single(application.DomainEvents));
        Assert.Equal([MaterialKind.IdCardBack, MaterialKind.IdCardCopy], requested.Materials);
        Assert.True(application.IsEditable);
        Assert.Equal("复印件模糊", application.History[^1].Comment);
    }

    [Fact]
    public void RequestSupplement_Throws_WithoutComment()
    {
        // Given
        var application = In(ApplicationStatus.UnderReview);

        // When / Then
        var error = Assert.Throws<DomainException>(() => application.RequestSupplement(Reviewer, [MaterialKind.IdCardCopy], " ", Now));
        Assert.Equal("Application.CommentRequired", error.Code);
        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
    }

    [Fact]
    public void Approve_RaisesApplicationApproved_WithoutComment()
    {
        // Given
        var application = In(ApplicationStatus.UnderReview);

        // When
        application.Approve(Reviewer, Now);

        // Then
        Assert.Equal(ApplicationStatus.Approved, application.Status);
        Assert.Equal(Reviewer, Assert.IsType<ApplicationApproved>(Assert.Single(application.DomainEvents)).Reviewer);
    }

    [Fact]
    public void Reject_ByReviewer_NeedsAComment()
    {
        // Given
        var application = In(ApplicationStatus.UnderReview);

        // When / Then
        Assert.Equal("Application.CommentRequired", Assert.Throws<DomainException>(() => application.Reject(Reviewer, [], null, Now)).Code);
        application.Reject(Reviewer, [], "不符合条件", Now);
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
    }

    [Fact]
    public void Reject_Automatically_FromSubmitted_KeepsTheFailedRules()
    {
        // Given
        var application = In(ApplicationStatus.Submitted);

        // When
        application.Reject(Application.SystemActor, [SomeRule], null, Now);

        // Then
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        Assert.Equal([SomeRule], application.RejectionReasons);
        Assert.Equal([SomeRule], Assert.IsType<ApplicationRejected>(Assert.Single(application.DomainEvents)).Reasons);
    }

    [Fact]
    public void Reject_Automatically_NeedsReasons()
    {
        // Given
        var application = In(ApplicationStatus.Submitted);

        // When / Then
        Assert.Equal("Application.RejectionReasonRequired",
            Assert.Throws<DomainException>(() => application.Reject(Application.SystemActor, [], null, Now)).Code);
    }

    [Fact]
    public void ExpireSupplementRequest_RejectsTheCase()
    {
        // Given
        var application = In(ApplicationStatus.SupplementRequested);

        // When
        application.ExpireSupplementRequest(Now.AddDays(30));

        // Then
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        Assert.Equal("Application.SupplementExpired", Assert.Single(application.RejectionReasons).Code);
        Assert.Empty(application.OutstandingSupplement);
    }

    [Theory]
    [InlineData(ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.Rejected)]
    public void Complete_ClosesADecidedCase_AndKeepsItsOutcome(ApplicationStatus decided)
    {
        // Given
        var application = In(decided);

        // When
        application.Complete(Now);

        // Then
        Assert.Equal(ApplicationStatus.Completed, application.Status);
        Assert.Equal(decided, application.Outcome);
        Assert.Equal(decided, Assert.IsType<ApplicationCompleted>(Assert.Single(application.DomainEvents)).Outcome);
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.UnderReview)]
    [InlineData(ApplicationStatus.SupplementRequested)]
    public void Withdraw_IsAllowed_BeforeADecision(ApplicationStatus status)
    {
        // Given
        var application = In(status);

        // When
        application.Withdraw(Now, "不办了");

        // Then
        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.IsType<ApplicationWithdrawn>(Assert.Single(application.DomainEvents));
    }

    [Fact]
    public void ChangeDetails_Throws_WhenTypeDiffers()
    {
        // Given
        var application = Draft();

        // When / Then
        Assert.Equal("Application.TypeMismatch", Assert.Throws<DomainException>(() => application.ChangeDetails(Resumption())).Code);
        application.ChangeDetails(Enrollment(baseYuan: 6000m));
        Assert.Equal(6000m, ((NewEnrollmentDetails)application.Details).ContributionBase.Monthly.Yuan);
    }

    public static TheoryData<ApplicationStatus, string> IllegalMoves()
    {
        var legal = new Dictionary<string, ApplicationStatus[]>
        {
            ["Attach"] = [ApplicationStatus.Draft, ApplicationStatus.SupplementRequested],
            ["Change"] = [ApplicationStatus.Draft, ApplicationStatus.SupplementRequested],
            ["Submit"] = [ApplicationStatus.Draft, ApplicationStatus.SupplementRequested],
            ["StartReview"] = [ApplicationStatus.Submitted],
            ["RequestSupplement"] = [ApplicationStatus.UnderReview],
            ["Approve"] = [ApplicationStatus.UnderReview],
            ["Reject"] = [ApplicationStatus.Submitted, ApplicationStatus.UnderReview],
            ["Expire"] = [ApplicationStatus.SupplementRequested],
            ["Complete"] = [ApplicationStatus.Approved, ApplicationStatus.Rejected],
            ["Withdraw"] = [ApplicationStatus.Draft, ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.SupplementRequested],
        };
        var data = new TheoryData<ApplicationStatus, string>();
        foreach (var (action, allowed) in legal)
        {
            foreach (var status in Enum.GetValues<ApplicationStatus>().Except(allowed))
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Transition_Throws_AndChangesNothing_WhenIllegalInState(ApplicationStatus status, string action)
    {
        // Given
        var application = In(status);
        var history = application.History.Count;

        // When
        var error = Assert.Throws<DomainException>(() => Act(application, action));

        // Then
        Assert.StartsWith("Application.Cannot", error.Code);
        Assert.Equal(status, application.Status);
        Assert.Equal(history, application.History.Count);
        Assert.Empty(application.DomainEvents);
    }

    private static void Act(Application application, string action)
    {
        switch (action)
        {
            case "Attach": application.AttachMaterial(MaterialKind.IdCardFront, "f", "f.jpg", Now); break;
            case "Change": application.ChangeDetails(Enrollment()); break;
            case "Submit": application.Submit(Now); break;
            case "StartReview": application.StartReview(Reviewer, Now); break;
            case "RequestSupplement": application.RequestSupplement(Reviewer, [MaterialKind.IdCardCopy], "补", Now); break;
            case "Approve": application.Approve(Reviewer, Now); break;
            case "Reject": application.Reject(Reviewer, [SomeRule], "驳回", Now); break;
            case "Expire": application.ExpireSupplementRequest(Now); break;
            case "Complete": application.Complete(Now); break;
            case "Withdraw": application.Withdraw(Now); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
    }
}
