namespace SocialInsurance.Domain.SeedWork;

/// <summary>Thrown when an aggregate is asked for a move its current state does not allow.</summary>
public class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
