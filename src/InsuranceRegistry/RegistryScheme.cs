namespace SocialInsurance.InsuranceRegistry;

/// <summary>The pension schemes a person can be enrolled in.</summary>
public enum RegistryScheme
{
    /// <summary>企业职工基本养老保险 paid by an employer (单位参保).</summary>
    Employer,

    /// <summary>企业职工基本养老保险 as a flexible worker (个人身份参保), e.g. in another province.</summary>
    FlexibleEmployment,

    /// <summary>城乡居民基本养老保险.</summary>
    UrbanRuralResident,

    /// <summary>机关事业单位养老保险.</summary>
    PublicInstitution,
}
