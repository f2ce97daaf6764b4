namespace SocialInsurance.Domain.Insurance;

/// <summary>
/// A person's standing in the flexible-employment scheme. <c>NotInsured</c> and <c>Active</c> keep the names the
/// issue uses rather than a past tense: they describe a standing, not an event, and the 人社 system shows them so.
/// </summary>
public enum InsuredStatus
{
    NotInsured,
    Active,
    Suspended,

    /// <summary>The record ended (death, settling abroad); nothing resumes it.</summary>
    Terminated,
}
