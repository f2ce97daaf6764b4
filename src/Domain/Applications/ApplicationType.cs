namespace SocialInsurance.Domain.Applications;

/// <summary>The three online services (DESIGN "What we are building").</summary>
public enum ApplicationType
{
    NewEnrollment,
    Resumption,
    Suspension,
}
