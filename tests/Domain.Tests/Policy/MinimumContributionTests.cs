using SocialInsurance.Domain.Policy;

namespace SocialInsurance.Domain.Tests.Policy;

public class MinimumContributionTests
{
    [Theory]
    [InlineData(2020, 180)]
    [InlineData(2029, 180)]
    [InlineData(2030, 186)]
    [InlineData(2031, 192)]
    [InlineData(2032, 198)]
    [InlineData(2035, 216)]
    [InlineData(2038, 234)]
    [InlineData(2039, 240)]
    [InlineData(2040, 240)]
    [InlineData(2060, 240)]
    public void MonthsRequired_Rises6MonthsAYearFrom2030_To20Years(int retirementYear, int months)
    {
        // Given / When / Then (DOMAIN-SOURCES §8.3; 2031 = 16 years matches the worked example in §8.4)
        Assert.Equal(months, MinimumContribution.MonthsRequired(retirementYear));
    }
}
