namespace SocialInsurance.Domain.Applications;

/// <summary>
/// Draft → Submitted → UnderReview → (SupplementRequested → Submitted → UnderReview …) → Approved | Rejected →
/// Completed; Withdrawn while the review is not finished. <c>Draft</c> and <c>UnderReview</c> are standings that
/// have no past tense; every other state is one.
/// </summary>
public enum ApplicationStatus
{
    Draft,
    Submitted,
    UnderReview,
    SupplementRequested,
    Approved,
    Rejected,
    Completed,
    Withdrawn,
}
