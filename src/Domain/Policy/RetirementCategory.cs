namespace SocialInsurance.Domain.Policy;

/// <summary>The three tracks of the 2025 retirement-age reform, named by their original age (DOMAIN-SOURCES §1.5).</summary>
public enum RetirementCategory
{
    Male60,
    Female55,
    Female50,
}
