using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Processes.Tests.Support;

/// <summary>Applications and records as the (later) REST routes will have stored them: submitted, with valid details.</summary>
public static class Seed
{
    public const string Name = "张三";
    public static readonly DateTimeOffset SubmittedAt = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    /// <summary>A man born 1990-01-01 in Urumqi, unless another birth date is given.</summary>
    public static ResidentIdNumber Applicant(string birthDate = "19900101", string sequence = "123")
    {
        var body = "650102" + birthDate + sequence;
        return ResidentIdNumber.Create(body + ResidentIdNumber.CheckCharacterFor(body));
    }

    public static BankAccount Account => BankAccount.Create("6222020200112233445", Name, Name);

    public static Application NewEnrollment(ResidentIdNumber? applicant = null, decimal contributionBase = 5000m)
    {
        var details = new NewEnrollmentDetails(
            MobilePhone.Create("13800138000"),
            RegionCode.Create("6501"),
            ["110"],
            "ICBC",
            Account,
            ContributionBase.Create(contributionBase),
            PaymentFrequency.Monthly);
        var application = new Application(Guid.CreateVersion7(), applicant ?? Applicant(), Name, details, SubmittedAt);
        foreach (var kind in details.RequiredMaterials)
        {
            application.AttachMaterial(kind, $"file-{kind}", $"{kind}.jpg", SubmittedAt);
        }

        application.Submit(SubmittedAt);
        return application;
    }

    public static Application Resumption(ResidentIdNumber applicant, decimal contributionBase = 5000m)
    {
        var details = new ResumptionDetails(RegionCode.Create("6501"), "ICBC", Account, ContributionBase.Create(contributionBase), PaymentFrequency.Quarterly);
        var application = new Application(Guid.CreateVersion7(), applicant, Name, details, SubmittedAt);
        application.Submit(SubmittedAt);
        return application;
    }

    public static Application Suspension(ResidentIdNumber applicant, YearMonth? changeMonth = null)
    {
        var details = new SuspensionDetails(SuspensionReason.PersonalPause, changeMonth ?? new YearMonth(2026, 3), ["110"]);
        var application = new Application(Guid.CreateVersion7(), applicant, Name, details, SubmittedAt);
        application.Submit(SubmittedAt);
        return application;
    }

    /// <summary>A record enrolled in 2025-01 and, when asked, suspended from 2025-10.</summary>
    public static InsuredPerson Person(ResidentIdNumber idNumber, bool suspended = false)
    {
        var person = new InsuredPerson(Guid.CreateVersion7(), idNumber, Name);
        person.Enroll(RegionCode.Create("6501"), ContributionBase.Create(4000m), PaymentFrequency.Monthly, ["110"], new YearMonth(2025, 1));
        if (suspended)
        {
            person.Suspend(SuspensionReason.PersonalPause, new YearMonth(2025, 10), ["110"]);
        }

        return person;
    }
}
