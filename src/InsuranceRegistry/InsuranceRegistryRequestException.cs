namespace SocialInsurance.InsuranceRegistry;

/// <summary>The registry rejected the request itself (a 4xx other than 408/429); sending it again cannot succeed.</summary>
public sealed class InsuranceRegistryRequestException : InsuranceRegistryException
{
    public InsuranceRegistryRequestException(string message, int statusCode, string? detail = null)
        : base(message, null)
    {
        StatusCode = statusCode;
        Detail = detail;
    }

    public int StatusCode { get; }

    /// <summary>The registry's own explanation (problem details <c>detail</c>), when it gave one.</summary>
    public string? Detail { get; }
}
