namespace SocialInsurance.TaxBureau;

/// <summary>
/// Base of the gateway's failures, so a caller can tell "the bureau failed" from a bug in our own code. Messages
/// never carry ID numbers or account numbers.
/// </summary>
public abstract class TaxBureauException : Exception
{
    protected TaxBureauException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
