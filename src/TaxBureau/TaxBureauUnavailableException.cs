namespace SocialInsurance.TaxBureau;

/// <summary>
/// The bureau could not answer now (attempt or total timeout, 5xx after the retries, connection refused, open
/// circuit, or an unreadable answer). Jobs catch this, keep their position and run again at the next schedule: the
/// queries are safe to repeat, so nothing is lost or counted twice.
/// </summary>
public sealed class TaxBureauUnavailableException : TaxBureauException
{
    public TaxBureauUnavailableException(string message, Exception? innerException = null, int? statusCode = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The last HTTP status seen, when the bureau answered at all.</summary>
    public int? StatusCode { get; }
}
