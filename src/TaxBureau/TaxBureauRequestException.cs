namespace SocialInsurance.TaxBureau;

/// <summary>
/// The bureau rejected the request itself (a 4xx other than 408/429: malformed period, batch too large, unknown
/// route). Retrying the same request cannot succeed, so jobs raise an incident instead of looping.
/// </summary>
public sealed class TaxBureauRequestException : TaxBureauException
{
    public TaxBureauRequestException(string message, int statusCode, string? detail = null)
        : base(message, null)
    {
        StatusCode = statusCode;
        Detail = detail;
    }

    public int StatusCode { get; }

    /// <summary>The bureau's own explanation (problem details <c>detail</c>), when it gave one.</summary>
    public string? Detail { get; }
}
