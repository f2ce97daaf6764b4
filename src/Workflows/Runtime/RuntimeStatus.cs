namespace SocialInsurance.Workflows.Runtime;

/// <summary>Distinct outcomes, so "not found" never turns into a 500 and a lost race is a 409, not a silent no-op.</summary>
public enum RuntimeStatus
{
    Ok,
    NotFound,
    Conflict,
    Forbidden,
    Invalid,
}
