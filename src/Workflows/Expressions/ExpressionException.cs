namespace SocialInsurance.Workflows.Expressions;

/// <summary>
/// An expression or script that could not be evaluated. The message is written for the administrator who reads it
/// in an incident, so it names the expression and the cause and never carries a .NET stack trace.
/// </summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException(ExpressionErrorKind kind, string expression, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Expression = expression;
    }

    public ExpressionErrorKind Kind { get; }

    /// <summary>The text as it was given, wrapper included, so an incident can point at the failing attribute.</summary>
    public string Expression { get; }

    /// <summary>Whether a script task's script failed, not an expression.</summary>
    public bool IsScript { get; init; }

    /// <summary>What went wrong in the author's or JavaScript's own words (a script's thrown text), without the subject the message adds.</summary>
    public string? Detail { get; init; }

    /// <summary>The sandbox limit that was hit, for the limit kinds: milliseconds, statements, depth, or a size ("1 MB").</summary>
    public string? Limit { get; init; }
}
