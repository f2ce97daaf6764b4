using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Policy;

/// <summary>
/// The 2025 reform (DOMAIN-SOURCES §1.5, §1.7): from 2025-01 the original age rises by one month for every four
/// months (every two months for women at 50) in which a cohort would have retired, a started period counting as
/// a whole one, up to +36 months (+60 for women at 50). So someone who would have retired in 2025-01..2025-04
/// gets +1 month, 2025-05..2025-08 +2, and so on; whoever would have retired before 2025-01 keeps the original age.
/// Flexible retirement (§1.6) is an individual choice at retirement, not a change of the statutory age, so it is
/// not modelled here.
/// </summary>
public static class StatutoryRetirement
{
    public static readonly YearMonth ReformStart = new(2025, 1);

    public static RetirementCategory CategoryFor(Sex sex, int femaleOriginalAge) => sex switch
    {
        Sex.Male => RetirementCategory.Male60,
        Sex.Female when femaleOriginalAge == 55 => RetirementCategory.Female55,
        Sex.Female when femaleOriginalAge == 50 => RetirementCategory.Female50,
        _ => throw new ArgumentOutOfRangeException(nameof(femaleOriginalAge), femaleOriginalAge, "Expected 50 or 55."),
    };

    public static RetirementAge For(YearMonth birthMonth, RetirementCategory category)
    {
        var (originalAge, monthsPerStep, maxDelay) = category switch
        {
            RetirementCategory.Male60 => (60, 4, 36),
            RetirementCategory.Female55 => (55, 4, 36),
            RetirementCategory.Female50 => (50, 2, 60),
            _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown retirement category."),
        };

        var originalMonth = birthMonth.AddYears(originalAge);
        var monthsIntoReform = originalMonth.MonthsSince(ReformStart);
        var delay = monthsIntoReform < 0 ? 0 : Math.Min((monthsIntoReform / monthsPerStep) + 1, maxDelay);
        return new RetirementAge(category, originalAge, delay, originalMonth.AddMonths(delay));
    }
}
