using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.SeedWork;
using static SocialInsurance.Domain.Tests.Applications.Applications;

namespace SocialInsurance.Domain.Tests.Applications;

/// <summary>The review: asking for supplementary materials (补充材料) and their expiry, approving, rejecting.</summary>
public partial class ApplicationTests
{
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
}
