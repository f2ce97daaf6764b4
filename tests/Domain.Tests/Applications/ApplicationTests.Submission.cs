using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.SeedWork;
using static SocialInsurance.Domain.Tests.Applications.Applications;

namespace SocialInsurance.Domain.Tests.Applications;

/// <summary>Submitting: every required material attached first (none for a suspension).</summary>
public partial class ApplicationTests
{
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
}
