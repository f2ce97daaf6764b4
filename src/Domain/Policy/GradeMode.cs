namespace SocialInsurance.Domain.Policy;

/// <summary>
/// Whether applicants pick a base from fixed 档次 or type any amount within the limits. Provinces differ and no
/// Xinjiang text settles it (DOMAIN-SOURCES §2.2, open question 2), so it is a per-year policy setting.
/// </summary>
public enum GradeMode
{
    Fixed,
    Free,
}
