namespace SocialInsurance.Domain.SeedWork;

/// <summary>
/// Thrown when an aggregate is asked for a move its current state does not allow, or when a value cannot be built.
/// Carries every broken rule, not just the first, so a caller that catches it can show the applicant all of them.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string code, string message)
        : this([new DomainError(code, message, message)])
    {
    }

    public DomainException(DomainError error)
        : this([error])
    {
    }

    public DomainException(IReadOnlyList<DomainError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>The first error's code, for callers that map a single failure to a response.</summary>
    public string Code => Errors[0].Code;

    public IReadOnlyList<DomainError> Errors { get; }

    private static string Describe(IReadOnlyList<DomainError> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A domain exception needs at least one error.", nameof(errors));
        }

        return string.Join("; ", errors.Select(e => e.ToString()));
    }
}
