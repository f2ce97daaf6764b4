namespace SocialInsurance.Workflows.Expressions;

/// <summary>Why an expression failed: a definition error (<see cref="Syntax"/>), a data-dependent one, or a sandbox limit.</summary>
public enum ExpressionErrorKind
{
    Syntax,
    Runtime,
    Timeout,
    Memory,
    StatementLimit,
    Recursion,
}
