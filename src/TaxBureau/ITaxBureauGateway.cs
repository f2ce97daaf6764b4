namespace SocialInsurance.TaxBureau;

/// <summary>
/// The tax bureau as our background jobs see it: it holds the 税银协议 and reports what the bank deducted. This
/// service never moves money; it only learns results. Both calls are read-only queries, safe to repeat, so a job
/// that fails half-way simply asks again.
/// </summary>
public interface ITaxBureauGateway
{
    /// <summary>
    /// One status per distinct requested ID number, in request order; a person the bureau has never seen is
    /// <see cref="AgreementState.NotSigned"/>. Large collections are split into batches of the configured size.
    /// </summary>
    /// <exception cref="TaxBureauUnavailableException">timeouts, 5xx, open circuit: try again later.</exception>
    /// <exception cref="TaxBureauRequestException">the bureau refused the request itself: retrying will not help.</exception>
    Task<IReadOnlyList<AgreementStatus>> GetAgreementStatusesAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct);

    /// <summary>
    /// One result per distinct requested ID number for <paramref name="period"/> (<c>yyyy-MM</c>), in request order;
    /// a person without an attempt in that period is <see cref="DeductionOutcome.NotAttempted"/>.
    /// </summary>
    /// <exception cref="TaxBureauUnavailableException">timeouts, 5xx, open circuit: try again later.</exception>
    /// <exception cref="TaxBureauRequestException">the bureau refused the request itself: retrying will not help.</exception>
    Task<IReadOnlyList<DeductionResult>> GetDeductionResultsAsync(string period, IReadOnlyCollection<string> idNumbers, CancellationToken ct);
}
