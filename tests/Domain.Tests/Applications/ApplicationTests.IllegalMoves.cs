using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.SeedWork;
using static SocialInsurance.Domain.Tests.Applications.Applications;

namespace SocialInsurance.Domain.Tests.Applications;

/// <summary>Every transition not allowed in a state throws and changes nothing.</summary>
public partial class ApplicationTests
{
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
