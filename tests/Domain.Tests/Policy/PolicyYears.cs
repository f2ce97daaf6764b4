using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.Policy;

/// <summary>Policy rows for tests, derived from the Urumqi 2021 seed.</summary>
public static class PolicyYears
{
    public static PolicyYear Urumqi(int year, GradeMode mode = GradeMode.Free) =>
        PolicySeed.Urumqi2021 with { Year = year, GradeMode = mode };

    public static PolicyTable Table(params int[] years) => new(years.Select(year => Urumqi(year)));

    public static PolicyYear WithFemaleAge(int year, int femaleAge) =>
        Urumqi(year) with { FemaleFlexibleWorkerOriginalRetirementAge = femaleAge };

    public static Money Yuan(decimal amount) => Money.FromYuan(amount);
}
