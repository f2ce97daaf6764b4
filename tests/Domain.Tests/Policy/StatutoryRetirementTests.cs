using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Tests.Policy;

public class StatutoryRetirementTests
{
    [Theory]
    // Men, original 60 (DOMAIN-SOURCES §1.7): born before 1965-01 keep 60
    [InlineData("1964-12", RetirementCategory.Male60, 60, 0, "2024-12")]
    [InlineData("1965-01", RetirementCategory.Male60, 60, 1, "2025-02")]
    [InlineData("1965-04", RetirementCategory.Male60, 60, 1, "2025-05")]
    [InlineData("1965-05", RetirementCategory.Male60, 60, 2, "2025-07")]
    [InlineData("1970-01", RetirementCategory.Male60, 61, 4, "2031-05")]
    [InlineData("1976-08", RetirementCategory.Male60, 62, 11, "2039-07")]
    [InlineData("1976-09", RetirementCategory.Male60, 63, 0, "2039-09")]
    [InlineData("1976-12", RetirementCategory.Male60, 63, 0, "2039-12")]
    [InlineData("1990-06", RetirementCategory.Male60, 63, 0, "2053-06")]
    // Women, original 55: born from 1970-01; 1974-10 → 56y3m → 2031-01 (§8.4)
    [InlineData("1969-12", RetirementCategory.Female55, 55, 0, "2024-12")]
    [InlineData("1970-01", RetirementCategory.Female55, 55, 1, "2025-02")]
    [InlineData("1974-10", RetirementCategory.Female55, 56, 3, "2031-01")]
    [InlineData("1981-12", RetirementCategory.Female55, 58, 0, "2039-12")]
    // Women, original 50: born from 1975-01, one month per two, cap +60
    [InlineData("1974-12", RetirementCategory.Female50, 50, 0, "2024-12")]
    [InlineData("1975-01", RetirementCategory.Female50, 50, 1, "2025-02")]
    [InlineData("1975-02", RetirementCategory.Female50, 50, 1, "2025-03")]
    [InlineData("1975-03", RetirementCategory.Female50, 50, 2, "2025-05")]
    [InlineData("1984-10", RetirementCategory.Female50, 54, 11, "2039-09")]
    [InlineData("1984-11", RetirementCategory.Female50, 55, 0, "2039-11")]
    [InlineData("1995-01", RetirementCategory.Female50, 55, 0, "2050-01")]
    public void For_FollowsThe2025Reform_ToTheMonth(
        string birth, RetirementCategory category, int years, int months, string retirement)
    {
        // Given a birth month and reform track
        // When
        var age = StatutoryRetirement.For(YearMonth.Parse(birth), category);

        // Then
        Assert.Equal(years, age.Years);
        Assert.Equal(months, age.Months);
        Assert.Equal(YearMonth.Parse(retirement), age.RetirementMonth);
    }

    [Theory]
    [InlineData(Sex.Male, 55, RetirementCategory.Male60)]
    [InlineData(Sex.Female, 55, RetirementCategory.Female55)]
    [InlineData(Sex.Female, 50, RetirementCategory.Female50)]
    public void CategoryFor_UsesThePolicySetting_ForWomen(Sex sex, int femaleAge, RetirementCategory expected)
    {
        // Given / When / Then
        Assert.Equal(expected, StatutoryRetirement.CategoryFor(sex, femaleAge));
    }

    [Fact]
    public void CategoryFor_Throws_WhenFemaleAgeIsNeither50Nor55()
    {
        // Given / When / Then
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryRetirement.CategoryFor(Sex.Female, 60));
    }
}
