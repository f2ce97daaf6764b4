using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Insurance;

/// <summary>
/// Where a person stands against the minimum contribution period at their statutory retirement month. Employer and
/// flexible months add up (缴费年限累计计算, Social Insurance Law Art. 19, DOMAIN-SOURCES §8.2).
/// </summary>
/// <param name="ShortfallMonths">Months still missing if nothing more is paid.</param>
/// <param name="MonthsUntilRetirement">Months from the current month (inclusive) up to the retirement month (exclusive).</param>
/// <param name="ProjectedShortfallMonths">
/// Months still missing at retirement if every remaining month is paid; above zero means the person will need
/// 延长缴费 or 一次性缴费 (§3.5).
/// </param>
public sealed record ContributionSummary(
    int EmployerMonths,
    int FlexibleMonths,
    RetirementAge RetirementAge,
    int RequiredMonths,
    int ShortfallMonths,
    int MonthsUntilRetirement,
    int ProjectedShortfallMonths)
{
    public int TotalMonths => EmployerMonths + FlexibleMonths;

    public static ContributionSummary Of(ResidentIdNumber idNumber, int employerMonths, int flexibleMonths, int femaleOriginalRetirementAge, YearMonth currentMonth)
    {
        var category = StatutoryRetirement.CategoryFor(idNumber.Sex, femaleOriginalRetirementAge);
        var retirement = StatutoryRetirement.For(idNumber.BirthMonth, category);
        var required = MinimumContribution.MonthsRequired(retirement.RetirementMonth.Year);
        var total = employerMonths + flexibleMonths;
        var remaining = Math.Max(0, retirement.RetirementMonth.MonthsSince(currentMonth));
        return new ContributionSummary(
            employerMonths,
            flexibleMonths,
            retirement,
            required,
            Math.Max(0, required - total),
            remaining,
            Math.Max(0, required - total - remaining));
    }
}
