namespace SocialInsurance.Domain.Policy;

/// <summary>
/// 最低缴费年限 for a monthly pension: 15 years (Social Insurance Law Art. 16) for anyone reaching retirement age up
/// to 2029; from 2030 it rises by six months a year to 20 years in 2039 (reform Art. 2, DOMAIN-SOURCES §8.3). The
/// year of reaching statutory retirement age decides, not the year of application.
/// </summary>
public static class MinimumContribution
{
    public const int BaseMonths = 15 * 12;

    public const int FinalMonths = 20 * 12;

    public static int MonthsRequired(int retirementYear) =>
        retirementYear < 2030 ? BaseMonths : Math.Min(BaseMonths + (6 * (retirementYear - 2029)), FinalMonths);
}
