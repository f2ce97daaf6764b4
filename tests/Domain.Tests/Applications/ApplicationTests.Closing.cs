using SocialInsurance.Domain.Applications;
using static SocialInsurance.Domain.Tests.Applications.Applications;

namespace SocialInsurance.Domain.Tests.Applications;

/// <summary>Ending a case: completing a decided one, withdrawing one not yet decided.</summary>
public partial class ApplicationTests
{
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
}
