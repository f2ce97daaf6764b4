using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.Applications;

/// <summary>Applications in each state, and valid details for each type.</summary>
public static class Applications
{
    public static readonly DateTimeOffset Now = new(2026, 5, 6, 2, 0, 0, TimeSpan.Zero);

    public const string Reviewer = "reviewer-6501";

    public static NewEnrollmentDetails Enrollment(string holder = "张三", decimal baseYuan = 5000m) => new(
        MobilePhone.Create("13812345678"),
        RegionCode.Create("6501"),
        ["110"],
        "ICBC",
        BankAccount.Create("6222020200112233", holder, holder),
        ContributionBase.Create(baseYuan),
        PaymentFrequency.Monthly);

    public static ResumptionDetails Resumption(string holder = "张三", decimal baseYuan = 5000m, string region = "6501", string bank = "CCB") => new(
        RegionCode.Create(region),
        bank,
        BankAccount.Create("6222020200112233", holder, holder),
        ContributionBase.Create(baseYuan),
        PaymentFrequency.Quarterly);

    public static Application Draft(ApplicationDetails? details = null) =>
        new(Guid.NewGuid(), Ids.Man("1990-06-15"), "张三", details ?? Enrollment(), Now);

    public static Application WithAllMaterials()
    {
        var application = Draft();
        foreach (var kind in Enum.GetValues<MaterialKind>())
        {
            application.AttachMaterial(kind, $"file-{kind}", $"{kind}.jpg", Now);
        }

        return application;
    }

    public static Application In(ApplicationStatus status)
    {
        var application = WithAllMaterials();
        if (status == ApplicationStatus.Draft)
        {
            return Clean(application);
        }

        application.Submit(Now);
        switch (status)
        {
            case ApplicationStatus.Submitted:
                break;
            case ApplicationStatus.Withdrawn:
                application.Withdraw(Now);
                break;
            default:
                application.StartReview(Reviewer, Now);
                Advance(application, status);
                break;
        }

        return Clean(application);
    }

    private static void Advance(Application application, ApplicationStatus status)
    {
        switch (status)
        {
            case ApplicationStatus.UnderReview:
                break;
            case ApplicationStatus.SupplementRequested:
                application.RequestSupplement(Reviewer, [MaterialKind.HouseholdRegister], "户口本不清晰", Now);
                break;
            case ApplicationStatus.Approved:
                application.Approve(Reviewer, Now);
                break;
            case ApplicationStatus.Rejected:
                application.Reject(Reviewer, [], "材料不符", Now);
                break;
            case ApplicationStatus.Completed:
                application.Approve(Reviewer, Now);
                application.Complete(Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }
    }

    private static Application Clean(Application application)
    {
        application.ClearDomainEvents();
        return application;
    }

    public static DomainError SomeRule { get; } = new("Enrollment.TooYoung", "参保人须年满 16 周岁", "The applicant must be at least 16 years old.");
}
