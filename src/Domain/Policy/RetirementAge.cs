using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Policy;

/// <summary>A person's statutory retirement age after the reform, and the month they reach it.</summary>
public sealed record RetirementAge(RetirementCategory Category, int OriginalAgeYears, int DelayMonths, YearMonth RetirementMonth)
{
    public int TotalMonths => (OriginalAgeYears * 12) + DelayMonths;

    public int Years => TotalMonths / 12;

    public int Months => TotalMonths % 12;

    public override string ToString() => $"{Years}y{Months}m from {RetirementMonth}";
}
