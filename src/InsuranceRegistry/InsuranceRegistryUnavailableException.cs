namespace SocialInsurance.InsuranceRegistry;

/// <summary>
/// The registry could not answer now (attempt or total timeout, 5xx after the retries, connection refused, open
/// circuit, or an unreadable answer). The validation step lets it through, so the case stops at an incident an
/// administrator retries once the registry is back: never a silent pass.
/// </summary>
public sealed class InsuranceRegistryUnavailableException : InsuranceRegistryException
{
    public InsuranceRegistryUnavailableException(string message, Exception? innerException = null, int? statusCode = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The last HTTP status seen, when the registry answered at all.</summary>
    public int? StatusCode { get; }
}
