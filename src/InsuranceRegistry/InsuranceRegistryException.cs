namespace SocialInsurance.InsuranceRegistry;

/// <summary>
/// Base of the gateway's failures, so a caller can tell "the registry failed" from a bug in our own code. Messages
/// never carry ID numbers.
/// </summary>
public abstract class InsuranceRegistryException : Exception
{
    protected InsuranceRegistryException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
