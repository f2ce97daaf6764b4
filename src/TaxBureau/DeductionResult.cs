namespace SocialInsurance.TaxBureau;

/// <summary>
/// The latest deduction attempt for a person and a period. <see cref="ResultId"/> names that attempt: a consumer that
/// stores it as a unique key records each attempt once however often it polls; a later retry after a failure is a
/// new attempt with a new id. It is null only for <see cref="DeductionOutcome.NotAttempted"/>.
/// <see cref="Amount"/> is in yuan (what was due, whether or not it was taken); <see cref="DeductedAt"/> is when the
/// bank made the attempt.
/// </summary>
public sealed record DeductionResult(
    string IdNumber,
    string Period,
    DeductionOutcome Outcome,
    decimal Amount,
    DateTimeOffset? DeductedAt,
    string? ResultId)
{
    public static DeductionResult NotAttempted(string idNumber, string period) =>
        new(idNumber, period, DeductionOutcome.NotAttempted, 0m, null, null);
}
