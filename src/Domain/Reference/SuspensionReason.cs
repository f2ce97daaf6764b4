namespace SocialInsurance.Domain.Reference;

/// <summary>
/// 停保变更原因. No official Xinjiang code list was found (DOMAIN-SOURCES §4.2, open question 5); the set follows
/// the seed's cases and national rules, and the two-digit codes in <see cref="SuspensionReasons"/> are ours.
/// </summary>
public enum SuspensionReason
{
    EmployedByUnit,
    PersonalPause,
    TransferToResidentScheme,
    EmigratedAbroad,
    Deceased,
    Other,
}
