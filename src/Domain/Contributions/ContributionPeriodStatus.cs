namespace SocialInsurance.Domain.Contributions;

/// <summary>
/// Due → Paid, or Due → Failed (a deduction bounced) → Paid on a later deduction, or → InArrears once the period
/// has ended unpaid. Paid is final. <c>Due</c> and <c>InArrears</c> are the names for standings, kept as is.
/// </summary>
public enum ContributionPeriodStatus
{
    Due,
    Paid,
    Failed,
    InArrears,
}
