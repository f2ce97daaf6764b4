using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.Insurance;

/// <summary>Insured persons in the states tests start from.</summary>
public static class People
{
    public const string Pension = "110";
    public const string Medical = "310";

    public static readonly RegionCode Urumqi = RegionCode.Create("6501");

    public static InsuredPerson NotInsured(int employerMonths = 0) =>
        new(Guid.NewGuid(), Ids.Man("1990-06-15"), "张三", employerMonths);

    public static InsuredPerson Active(string from = "2026-01", params string[] types)
    {
        var person = NotInsured();
        person.Enroll(Urumqi, ContributionBase.Create(5000m), PaymentFrequency.Monthly, types.Length > 0 ? types : [Pension], YearMonth.Parse(from));
        person.ClearDomainEvents();
        return person;
    }

    public static InsuredPerson Suspended(string enrolled = "2026-01", string suspended = "2026-04")
    {
        var person = Active(enrolled);
        person.Suspend(SuspensionReason.PersonalPause, YearMonth.Parse(suspended), [Pension]);
        person.ClearDomainEvents();
        return person;
    }
}
