namespace SocialInsurance.Domain.Insurance;

/// <summary>As recorded in the resident ID number (GB 11643: odd 17th digit = male).</summary>
public enum Sex
{
    Male,
    Female,
}
