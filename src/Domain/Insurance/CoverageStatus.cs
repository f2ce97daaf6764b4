namespace SocialInsurance.Domain.Insurance;

/// <summary>The state of one 险种 for a person; suspension is ticked per 险种 (seed text, 停保 step 3).</summary>
public enum CoverageStatus
{
    Active,
    Suspended,
    Terminated,
}
