using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.SeedWork;
using static SocialInsurance.Domain.Tests.Applications.Applications;

namespace SocialInsurance.Domain.Tests.Applications;

public partial class ApplicationTests
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
    public void ChangeDetails_Throws_WhenTypeDiffers()
    {
        // Given
        var application = Draft();

        // When / Then
        Assert.Equal("Application.TypeMismatch", Assert.Throws<DomainException>(() => application.ChangeDetails(Resumption())).Code);
        application.ChangeDetails(Enrollment(baseYuan: 6000m));
        Assert.Equal(6000m, ((NewEnrollmentDetails)application.Details).ContributionBase.Monthly.Yuan);
    }
}
