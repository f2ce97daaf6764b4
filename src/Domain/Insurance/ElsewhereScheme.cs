namespace SocialInsurance.Domain.Insurance;

/// <summary>The pension schemes the national registry can report a person in (outside our own record).</summary>
public enum ElsewhereScheme
{
    /// <summary>企业职工基本养老保险 through an employer (单位参保).</summary>
    Employer,

    /// <summary>企业职工基本养老保险 as a flexible worker, elsewhere (e.g. another province).</summary>
    FlexibleEmployment,

    /// <summary>城乡居民基本养老保险.</summary>
    UrbanRuralResident,

    /// <summary>机关事业单位养老保险.</summary>
    PublicInstitution,
}
