using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Parsing;

/// <summary>
/// Either compiled processes or the issues that prevent them, never both: a half-valid model must not be deployable.
/// </summary>
public sealed class ParseResult
{
    private ParseResult(IReadOnlyList<ProcessModel> processes, IReadOnlyList<ValidationIssue> issues)
    {
        Processes = processes;
        Issues = issues;
    }

    public IReadOnlyList<ProcessModel> Processes { get; }
    public IReadOnlyList<ValidationIssue> Issues { get; }
    public bool IsValid => Issues.Count == 0;

    internal static ParseResult Valid(IReadOnlyList<ProcessModel> processes) => new(processes, []);

    internal static ParseResult Invalid(IReadOnlyList<ValidationIssue> issues) => new([], issues);

    internal static ParseResult Invalid(ValidationIssue issue) => new([], [issue]);
}
