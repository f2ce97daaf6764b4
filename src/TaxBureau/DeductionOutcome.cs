namespace SocialInsurance.TaxBureau;

public enum DeductionOutcome
{
    Succeeded,
    InsufficientBalance,
    NoAgreement,

    /// <summary>The bureau has not tried this person in this period (yet): nothing to record.</summary>
    NotAttempted,
}
